using Myelin.Domain.Protocols;

namespace Myelin.Cli.Studies;

/// <summary>
/// Checks one assessment against the protocol before anything is stored: the event exists, the instrument is due at it,
/// every item is known and every value valid, and every required item has a value. Nothing is ever filled in.
/// </summary>
internal static class AssessmentCheck
{
    /// <summary>The screening pseudo-event of the long CSV format.</summary>
    public const string ScreeningEvent = "screening";

    public sealed record CheckedValue(Item Item, string Value, double? Number);

    /// <summary>Returns the checked values, and the problems, each starting with the field at fault (event, instrument, item or value).</summary>
    public static (List<CheckedValue> Values, List<string> Problems) Check(
        Protocol protocol, string eventId, string instrumentId, IReadOnlyList<KeyValuePair<string, string>> values, bool requireAll)
    {
        var problems = new List<string>();
        var result = new List<CheckedValue>();
        var instrument = protocol.FindInstrument(instrumentId);
        if (instrument is null)
        {
            problems.Add($"instrument: '{instrumentId}' is not in the protocol; allowed: {string.Join(", ", protocol.Instruments.Select(i => i.Id))}");
            return (result, problems);
        }
        var isScreening = protocol.Screening?.Instrument == instrumentId;
        if (isScreening)
        {
            if (eventId != ScreeningEvent) problems.Add($"event: screening values belong to event '{ScreeningEvent}', not '{eventId}'");
        }
        else if (protocol.FindEvent(eventId) is not { } evt)
        {
            problems.Add($"event: '{eventId}' is not in the schedule; allowed: {string.Join(", ", protocol.Schedule.Events.Select(e => e.Id))}");
        }
        else if (!evt.HasInstrument(instrumentId))
        {
            problems.Add($"instrument: '{instrumentId}' is not due at event '{eventId}'; due there: {string.Join(", ", evt.Instruments)}");
        }
        foreach (var (itemId, raw) in values)
        {
            var item = instrument.FindItem(itemId);
            if (item is null)
            {
                problems.Add($"item: '{itemId}' is not an item of instrument '{instrumentId}'; allowed: {string.Join(", ", instrument.Items.Select(i => i.Id))}");
                continue;
            }
            var check = item.Validate(raw);
            if (!check.IsValid || check.IsMissing)
                problems.Add($"value: {check.Error ?? $"a value for '{itemId}' is empty; leave it out when it was not answered"}");
            else
                result.Add(new CheckedValue(item, check.Normalised!, check.Number));
        }
        if (requireAll)
        {
            foreach (var missing in instrument.Items.Where(i => i.Required && !values.Any(v => v.Key == i.Id)))
                problems.Add($"item: '{missing.Id}' ({missing.Label}) is required and has no value");
        }
        return (result, problems);
    }
}
