using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Myelin.Analysis.Data;
using Myelin.Analysis.Results;
using Myelin.Data;
using Myelin.Data.Queries;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Reports;

namespace Myelin.Cli.Studies;

/// <summary>Gathers what the report needs beyond the analysis: the participant flow, adverse events, hashes, version.</summary>
internal static class ReportBuilder
{
    public static string SoftwareVersion =>
        "Myelin " + (typeof(ReportBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev");

    public static async Task<ReportInputs> FromDatabaseAsync(MyelinDbContext db, StudyContext study, AnalysisResult analysis,
        AnalysisDataset data, string dataSha256, CancellationToken ct)
    {
        var protocol = study.Protocol;
        var people = await db.Participants.InStudy(study.Study.Id).Include(p => p.ScreeningValues).AsNoTracking()
            .ToListAsync(ct).ConfigureAwait(false);
        var notEligible = new List<string>();
        var notEnrolled = new List<string>();
        foreach (var p in people.Where(p => p.EnrolledOn is null))
        {
            var eligibility = Eligibility.Evaluate(protocol, p.ScreeningValues.ToDictionary(v => v.ItemId, v => (string?)v.Value));
            if (!eligibility.IsEligible) notEligible.Add(eligibility.Failures[0].Label);
            else notEnrolled.Add(p.Status == ParticipantStatus.Withdrawn ? p.WithdrawalReason ?? "withdrew before enrolment" : "eligible, not yet enrolled");
        }
        var flow = new ParticipantFlow
        {
            Screened = people.Count,
            NotEligible = Count(notEligible),
            NotEnrolled = Count(notEnrolled),
            WithdrawalReasons = people.Where(p => p.EnrolledOn is not null && p.Status == ParticipantStatus.Withdrawn)
                .ToDictionary(p => p.Code, p => p.WithdrawalReason ?? "not recorded"),
        };
        var events = await db.AdverseEvents.Where(e => e.Participant.StudyId == study.Study.Id).Include(e => e.Participant)
            .AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        return new ReportInputs(analysis, data)
        {
            Flow = flow,
            AdverseEvents = events.Select(ReportAdverseEvent.From).ToList(),
            DataSha256 = dataSha256,
            DataSource = $"study '{study.Study.Id}' in the database, as its long CSV export",
            ProtocolSha256 = study.Study.CurrentProtocol?.ContentHash,
            SoftwareVersion = SoftwareVersion,
        };
    }

    public static ReportInputs FromCsv(Protocol protocol, string protocolYaml, AnalysisResult analysis, AnalysisDataset data, string dataFile, string dataSha256) =>
        new(analysis, data)
        {
            DataSha256 = dataSha256,
            DataSource = dataFile,
            ProtocolSha256 = ProtocolLoader.ContentHashOf(protocolYaml),
            SoftwareVersion = SoftwareVersion,
        };

    private static List<FlowReason> Count(IEnumerable<string> reasons) =>
        reasons.GroupBy(r => r).OrderByDescending(g => g.Count()).Select(g => new FlowReason(g.Key, g.Count())).ToList();
}
