using Myelin.Domain.Protocols;
using Myelin.Interop.LongCsv;

namespace Myelin.Cli.Studies;

/// <summary>
/// The one order of long rows (docs/data-formats.md): participant code, then screening and the schedule's events in
/// order, then instruments and items as the protocol lists them. Every writer sorts with it, so exports are stable.
/// </summary>
internal static class LongRowOrder
{
    public static List<LongRow> Sort(Protocol protocol, IEnumerable<LongRow> rows)
    {
        var events = protocol.Schedule.Events.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i + 1);
        events[AssessmentCheck.ScreeningEvent] = 0;
        var instruments = protocol.Instruments.Select((x, i) => (x.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var items = protocol.Instruments.SelectMany(x => x.Items.Select((it, i) => (Key: (x.Id, it.Id), i)))
            .ToDictionary(x => x.Key, x => x.i);
        return rows
            .OrderBy(r => r.Participant, StringComparer.Ordinal)
            .ThenBy(r => events.GetValueOrDefault(r.Event, int.MaxValue))
            .ThenBy(r => instruments.GetValueOrDefault(r.Instrument, int.MaxValue))
            .ThenBy(r => items.GetValueOrDefault((r.Instrument, r.Item), int.MaxValue))
            .ToList();
    }
}
