using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Domain.Simulation;
using Myelin.Interop.LongCsv;

namespace Myelin.Cli.Studies;

/// <summary>Simulated participants as long rows, and who "entered" each value.</summary>
internal static class SimulationRows
{
    /// <summary>Who enters simulated clinic values.</summary>
    public const string Simulator = "simulation";

    /// <summary>When a simulated participant was screened: the morning (IST) of the day before enrolment.</summary>
    public static DateTimeOffset ScreenedAt(SimulatedParticipant p) =>
        new DateTimeOffset(p.EnrolledOn.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(4.5);

    public static bool IsDiary(Protocol protocol, string instrumentId) => protocol.PrimaryEndpoint.Instrument == instrumentId;

    public static (AssessmentSource Source, string EnteredBy) Origin(Protocol protocol, string participantCode, string instrumentId) =>
        IsDiary(protocol, instrumentId) ? (AssessmentSource.Diary, EnteredBy.Diary(participantCode)) : (AssessmentSource.Clinic, Simulator);

    /// <summary>
    /// The rows, participant by participant (codes are zero-padded, so generation order is code order), so that a
    /// large simulation streams to its file.
    /// </summary>
    public static IEnumerable<LongRow> ToRows(Protocol protocol, IEnumerable<SimulatedParticipant> participants)
    {
        var screening = protocol.Screening is null ? null : protocol.GetInstrument(protocol.Screening.Instrument);
        foreach (var p in participants)
        {
            var rows = new List<LongRow>();
            if (screening is not null)
                foreach (var (item, value) in p.ScreeningValues)
                    rows.Add(new LongRow(p.Code, p.Site, p.Arm ?? "", p.Stratum ?? "", AssessmentCheck.ScreeningEvent, screening.Id, item, value,
                        screening.FindItem(item)?.Unit ?? "", ScreenedAt(p), "", "clinic"));
            foreach (var a in p.Assessments)
            {
                var (source, by) = Origin(protocol, p.Code, a.Instrument);
                var instrument = protocol.GetInstrument(a.Instrument);
                foreach (var (item, value) in a.Values)
                    rows.Add(new LongRow(p.Code, p.Site, p.Arm ?? "", p.Stratum ?? "", a.Event, a.Instrument, item, value,
                        instrument.FindItem(item)?.Unit ?? "", a.RecordedAt, by, AssessmentStore.SourceName(source)));
            }
            foreach (var row in Web.Studies.StudyRows.Sort(protocol, rows)) yield return row;
        }
    }
}
