using Myelin.Domain.Protocols;

namespace Myelin.Domain.Forms;

/// <summary>
/// Checks one assessment (or the screening form) against the protocol before anything is stored: the event exists,
/// the instrument is due at it, every item is known and every value valid, and every required item has a value.
/// Nothing is ever filled in. Shared by the command line, the import, the web forms and the API.
/// </summary>
public static class FormCheck
{
    /// <summary>The screening pseudo-event: screening values belong to it (as in the long CSV format).</summary>
    public const string ScreeningEvent = "screening";

    /// <summary>Checks the values of one instrument at one event.</summary>
    /// <param name="protocol">The study's protocol.</param>
    /// <param name="eventId">The schedule event id, or <see cref="ScreeningEvent"/> for the screening instrument.</param>
    /// <param name="instrumentId">The instrument id.</param>
    /// <param name="values">Item id and raw value as entered; an empty value is a problem (leave the item out instead).</param>
    /// <param name="requireAll">True to report every required item that has no value.</param>
    public static FormCheckResult Check(Protocol protocol, string eventId, string instrumentId, IReadOnlyList<KeyValuePair<string, string>> values, bool requireAll)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(values);
        var problems = new List<FormProblem>();
        var result = new List<CheckedItemValue>();
        var instrument = protocol.FindInstrument(instrumentId);
        if (instrument is null)
        {
            problems.Add(new("instrument", null, $"'{instrumentId}' is not in the protocol; allowed: {string.Join(", ", protocol.Instruments.Select(i => i.Id))}"));
            return new FormCheckResult(result, problems);
        }

        if (protocol.Screening?.Instrument == instrumentId)
        {
            if (eventId != ScreeningEvent)
            {
                problems.Add(new("event", null, $"screening values belong to event '{ScreeningEvent}', not '{eventId}'"));
            }
        }
        else if (protocol.FindEvent(eventId) is not { } evt)
        {
            problems.Add(new("event", null, $"'{eventId}' is not in the schedule; allowed: {string.Join(", ", protocol.Schedule.Events.Select(e => e.Id))}"));
        }
        else if (!evt.HasInstrument(instrumentId))
        {
            problems.Add(new("instrument", null, $"'{instrumentId}' is not due at event '{eventId}'; due there: {string.Join(", ", evt.Instruments)}"));
        }

        foreach (var (itemId, raw) in values)
        {
            var item = instrument.FindItem(itemId);
            if (item is null)
            {
                problems.Add(new("item", itemId, $"'{itemId}' is not an item of instrument '{instrumentId}'; allowed: {string.Join(", ", instrument.Items.Select(i => i.Id))}"));
                continue;
            }

            var check = item.Validate(raw);
            if (!check.IsValid || check.IsMissing)
            {
                problems.Add(new("value", itemId, check.Error ?? $"a value for '{itemId}' is empty; leave it out when it was not answered"));
            }
            else
            {
                result.Add(new CheckedItemValue(item, check.Normalised!, check.Number));
            }
        }

        if (requireAll)
        {
            foreach (var missing in instrument.Items.Where(i => i.Required && !values.Any(v => v.Key == i.Id)))
            {
                problems.Add(new("item", missing.Id, $"'{missing.Id}' ({missing.Label}) is required and has no value"));
            }
        }

        return new FormCheckResult(result, problems);
    }
}
