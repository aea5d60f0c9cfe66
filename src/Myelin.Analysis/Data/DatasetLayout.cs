using Myelin.Domain.Protocols;

namespace Myelin.Analysis.Data;

/// <summary>
/// Where each (event, instrument, item) the protocol allows lives in the dense value arrays: one numeric column per
/// numeric item of every instrument due at every event, one text column per other item. Screening values are the
/// pseudo-event <c>screening</c>, placed after the schedule's events.
/// </summary>
internal sealed class DatasetLayout
{
    /// <summary>The event id under which screening values are recorded.</summary>
    public const string ScreeningEventId = "screening";

    private readonly Dictionary<string, int> _eventIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, SlotRef>>[] _slots;
    private readonly List<SlotInfo> _numeric = [];
    private readonly List<SlotInfo> _text = [];
    private string? _lastEvent;
    private string? _lastInstrument;
    private Dictionary<string, SlotRef>? _lastItems;

    public DatasetLayout(Protocol protocol)
    {
        Protocol = protocol;
        var events = protocol.Schedule.Events;
        EventIds = new string[events.Count + 1];
        _slots = new Dictionary<string, Dictionary<string, SlotRef>>[events.Count + 1];
        for (int e = 0; e < events.Count; e++)
        {
            EventIds[e] = events[e].Id;
            _eventIndex[events[e].Id] = e;
            _slots[e] = new Dictionary<string, Dictionary<string, SlotRef>>(StringComparer.Ordinal);
            foreach (string instrumentId in events[e].Instruments)
            {
                AddInstrument(e, instrumentId);
            }
        }

        int screening = events.Count;
        EventIds[screening] = ScreeningEventId;
        _eventIndex[ScreeningEventId] = screening;
        _slots[screening] = new Dictionary<string, Dictionary<string, SlotRef>>(StringComparer.Ordinal);
        if (protocol.Screening is { } s)
        {
            AddInstrument(screening, s.Instrument);
        }
    }

    public Protocol Protocol { get; }

    /// <summary>Event ids: the schedule's events in order, then <c>screening</c>.</summary>
    public string[] EventIds { get; }

    public int ScreeningEvent => EventIds.Length - 1;

    public int NumericCount => _numeric.Count;

    public int TextCount => _text.Count;

    public IReadOnlyList<SlotInfo> NumericSlots => _numeric;

    public IReadOnlyList<SlotInfo> TextSlots => _text;

    public int EventIndex(string eventId) => _eventIndex.TryGetValue(eventId, out int e) ? e : -1;

    /// <summary>The numeric column of an item at an event, or −1 when the item is not recorded there.</summary>
    public int NumericSlot(int eventIndex, string instrumentId, string itemId) =>
        _slots[eventIndex].TryGetValue(instrumentId, out var items) && items.TryGetValue(itemId, out var slot) && slot.Numeric
            ? slot.Index
            : -1;

    /// <summary>The text column of an item at an event, or −1.</summary>
    public int TextSlot(int eventIndex, string instrumentId, string itemId) =>
        _slots[eventIndex].TryGetValue(instrumentId, out var items) && items.TryGetValue(itemId, out var slot) && !slot.Numeric
            ? slot.Index
            : -1;

    /// <summary>Finds the column of a row, or says which column of the row is wrong and what is allowed.</summary>
    public bool TryResolve(string eventId, string instrumentId, string itemId, out SlotRef slot, out string column, out string error)
    {
        slot = default;
        column = string.Empty;
        error = string.Empty;

        // Consecutive rows mostly share event and instrument: reuse the last item map.
        if (_lastItems is not null && string.Equals(eventId, _lastEvent, StringComparison.Ordinal)
            && string.Equals(instrumentId, _lastInstrument, StringComparison.Ordinal)
            && _lastItems.TryGetValue(itemId, out slot))
        {
            return true;
        }

        if (!_eventIndex.TryGetValue(eventId, out int e))
        {
            column = "event";
            error = $"'{eventId}' is not an event of the schedule of '{Protocol.Study.Id}'; allowed: {string.Join(", ", EventIds)}";
            return false;
        }

        if (!_slots[e].TryGetValue(instrumentId, out var items))
        {
            column = "instrument";
            error = Protocol.FindInstrument(instrumentId) is null
                ? $"'{instrumentId}' is not an instrument of '{Protocol.Study.Id}'; allowed: {string.Join(", ", Protocol.Instruments.Select(i => i.Id))}"
                : $"instrument '{instrumentId}' is not due at event '{eventId}'; due there: {string.Join(", ", _slots[e].Keys)}";
            return false;
        }

        if (!items.TryGetValue(itemId, out slot))
        {
            column = "item";
            error = $"'{itemId}' is not an item of instrument '{instrumentId}'; allowed: {string.Join(", ", items.Keys)}";
            return false;
        }

        _lastEvent = eventId;
        _lastInstrument = instrumentId;
        _lastItems = items;
        return true;
    }

    private void AddInstrument(int e, string instrumentId)
    {
        var instrument = Protocol.FindInstrument(instrumentId);
        if (instrument is null || _slots[e].ContainsKey(instrumentId))
        {
            return;
        }

        var items = new Dictionary<string, SlotRef>(StringComparer.Ordinal);
        foreach (var item in instrument.Items)
        {
            var list = item.IsNumeric ? _numeric : _text;
            items[item.Id] = new SlotRef(list.Count, item.IsNumeric, item);
            list.Add(new SlotInfo(e, instrumentId, item));
        }

        _slots[e][instrumentId] = items;
    }
}

/// <summary>A column of the dense arrays: its index among numeric or text columns, and its item.</summary>
internal readonly record struct SlotRef(int Index, bool Numeric, Item Item);

/// <summary>What a column holds.</summary>
internal sealed record SlotInfo(int Event, string Instrument, Item Item);
