using Myelin.Domain.Forms;
using Myelin.Domain.Protocols;

namespace Myelin.Cli.Studies;

/// <summary>
/// The command line's view of <see cref="FormCheck"/> (the check itself lives in the Domain, shared with the web forms):
/// checked values, and problems as text starting with the field at fault (event, instrument, item or value).
/// </summary>
internal static class AssessmentCheck
{
    /// <summary>The screening pseudo-event of the long CSV format.</summary>
    public const string ScreeningEvent = FormCheck.ScreeningEvent;

    public sealed record CheckedValue(Item Item, string Value, double? Number);

    /// <summary>Returns the checked values, and the problems, each starting with the field at fault (event, instrument, item or value).</summary>
    public static (List<CheckedValue> Values, List<string> Problems) Check(
        Protocol protocol, string eventId, string instrumentId, IReadOnlyList<KeyValuePair<string, string>> values, bool requireAll)
    {
        var result = FormCheck.Check(protocol, eventId, instrumentId, values, requireAll);
        return (result.Values.Select(v => new CheckedValue(v.Item, v.Value, v.Number)).ToList(), result.Problems.Select(p => p.ToString()).ToList());
    }
}
