using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Myelin.Analysis;
using Myelin.Analysis.Data;
using Myelin.Analysis.Results;
using Myelin.Data;
using Myelin.Data.Queries;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Interop.LongCsv;
using Myelin.Reports;

namespace Myelin.Web.Studies;

/// <summary>
/// The pre-specified analysis of a stored study: its enrolled participants' rows as exported, their dispositions and
/// adherence, the results, and what the report needs beside them.
/// </summary>
public sealed class StudyAnalysis
{
    private StudyAnalysis(StoredStudy study, AnalysisDataset data, string dataSha256, AnalysisResult result)
    {
        Study = study;
        Data = data;
        DataSha256 = dataSha256;
        Result = result;
    }

    /// <summary>The study analysed.</summary>
    public StoredStudy Study { get; }

    /// <summary>The analysis dataset.</summary>
    public AnalysisDataset Data { get; }

    /// <summary>The SHA-256 of the study's long CSV export, so a reviewer can match the results to the data.</summary>
    public string DataSha256 { get; }

    /// <summary>The results (serialise with <see cref="AnalysisJson"/>).</summary>
    public AnalysisResult Result { get; }

    /// <summary>The software version a report prints.</summary>
    public static string SoftwareVersion =>
        "Myelin " + (typeof(StudyAnalysis).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev");

    /// <summary>Reads the study and runs its analysis.</summary>
    /// <exception cref="InvalidAnalysisDataException">Stored rows do not fit the protocol and <paramref name="skipInvalid"/> is false.</exception>
    public static async Task<StudyAnalysis> RunAsync(MyelinDbContext db, StoredStudy study, bool skipInvalid, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(study);
        var rows = await StudyRows.ReadAsync(db, study, cancellationToken).ConfigureAwait(false);
        var people = await db.Participants.InStudy(study.Study.Id).Where(p => p.Status != ParticipantStatus.Screened)
            .AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var doses = await db.DoseRecords.Where(d => d.Participant.StudyId == study.Study.Id)
            .GroupBy(d => d.ParticipantId)
            .Select(g => new { g.Key, Taken = g.Count(d => d.Taken), Recorded = g.Count() })
            .ToDictionaryAsync(g => g.Key, cancellationToken).ConfigureAwait(false);
        var facts = people.Select(p => new ParticipantFacts(p.Code, p.SiteId, p.Arm, p.Stratum, p.Etiology,
            p.Status switch
            {
                ParticipantStatus.Withdrawn => ParticipantDisposition.Withdrawn,
                ParticipantStatus.Completed => ParticipantDisposition.Completed,
                _ => ParticipantDisposition.Enrolled,
            },
            p.EnrolledOn,
            // Adherence is known only where doses were recorded; a slot recorded as not taken counts as missed.
            doses.TryGetValue(p.Id, out var d) ? d.Taken : null,
            doses.TryGetValue(p.Id, out var e) ? e.Recorded : null)).ToList();
        var enrolled = facts.Select(f => f.Code).ToHashSet();
        var data = AnalysisDataset.FromRows(study.Protocol, rows.Where(r => enrolled.Contains(r.Participant)).Select(ToObservation), facts);
        var result = TrialAnalysis.Run(study.Protocol, data, new AnalysisOptions { SkipInvalid = skipInvalid });
        return new StudyAnalysis(study, data, StudyRows.Sha256(rows), result);
    }

    /// <summary>What the report needs beside the results: the participant flow, adverse events, hashes and version.</summary>
    public async Task<ReportInputs> ReportInputsAsync(MyelinDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var protocol = Study.Protocol;
        var people = await db.Participants.InStudy(Study.Study.Id).Include(p => p.ScreeningValues).AsNoTracking()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var notEligible = new List<string>();
        var notEnrolled = new List<string>();
        foreach (var p in people.Where(p => p.EnrolledOn is null))
        {
            var eligibility = Eligibility.Evaluate(protocol, p.ScreeningValues.ToDictionary(v => v.ItemId, v => (string?)v.Value));
            if (!eligibility.IsEligible)
            {
                notEligible.Add(eligibility.Failures[0].Label);
            }
            else
            {
                notEnrolled.Add(p.Status == ParticipantStatus.Withdrawn ? p.WithdrawalReason ?? "withdrew before enrolment" : "eligible, not yet enrolled");
            }
        }

        var flow = new ParticipantFlow
        {
            Screened = people.Count,
            NotEligible = Count(notEligible),
            NotEnrolled = Count(notEnrolled),
            WithdrawalReasons = people.Where(p => p.EnrolledOn is not null && p.Status == ParticipantStatus.Withdrawn)
                .ToDictionary(p => p.Code, p => p.WithdrawalReason ?? "not recorded"),
        };
        var events = await db.AdverseEvents.Where(e => e.Participant.StudyId == Study.Study.Id).Include(e => e.Participant)
            .AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ReportInputs(Result, Data)
        {
            Flow = flow,
            AdverseEvents = events.Select(ReportAdverseEvent.From).ToList(),
            DataSha256 = DataSha256,
            DataSource = $"study '{Study.Study.Id}' in the database, as its long CSV export",
            ProtocolSha256 = Study.Study.CurrentProtocol?.ContentHash,
            SoftwareVersion = SoftwareVersion,
        };
    }

    private static ObservationRow ToObservation(LongRow r) =>
        new(r.Participant, r.Site, r.Arm, r.Stratum, r.Event, r.Instrument, r.Item, r.Value, r.RecordedAt, r.Line);

    private static List<FlowReason> Count(IEnumerable<string> reasons) =>
        reasons.GroupBy(r => r).OrderByDescending(g => g.Count()).Select(g => new FlowReason(g.Key, g.Count())).ToList();
}
