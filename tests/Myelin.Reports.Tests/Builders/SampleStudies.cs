using System.Runtime.CompilerServices;
using Myelin.Analysis;
using Myelin.Analysis.Data;
using Myelin.Domain.Protocols;
using Myelin.Domain.Simulation;

namespace Myelin.Reports.Tests.Builders;

/// <summary>
/// The repository's sample protocols with participants from the Domain's simulator, analysed by TrialAnalysis, as
/// the <c>report</c> verb would pass them: rows and facts as from the database, withdrawal reasons, screening counts.
/// </summary>
internal static class SampleStudies
{
    public const string Preliminary = "k2-7-preliminary.yaml";
    public const string RctPilot = "mk7-rct-pilot.yaml";

    public static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        string dir = Path.GetDirectoryName(sourceFile)!;
        while (!File.Exists(Path.Combine(dir, "Myelin.slnx")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException($"no Myelin.slnx above {sourceFile}");
        }

        return dir;
    }

    public static Protocol Load(string name)
    {
        var loaded = ProtocolLoader.LoadFile(Path.Combine(RepositoryRoot(), "samples", name));
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Errors));
        return loaded.Protocol!;
    }

    /// <summary>Simulates, analyses and gathers the report inputs of a sample study.</summary>
    public static ReportInputs Inputs(string sample, int participants = 30, int seed = 7, Func<List<ObservationRow>, List<ObservationRow>>? editRows = null)
    {
        var protocol = Load(sample);
        var simulated = StudySimulator.Simulate(protocol, new SimulationOptions(participants, seed, new DateOnly(2026, 1, 5)));
        var rows = new List<ObservationRow>();
        var facts = new List<ParticipantFacts>();
        var withdrawals = new Dictionary<string, string>();
        string screening = protocol.Screening?.Instrument ?? "screening";
        foreach (var p in simulated)
        {
            var enrolled = new DateTimeOffset(p.EnrolledOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            foreach (var (item, value) in p.ScreeningValues)
            {
                rows.Add(new ObservationRow(p.Code, p.Site, p.Arm, p.Stratum, "screening", screening, item, value, enrolled.AddDays(-3), rows.Count + 2));
            }

            foreach (var a in p.Assessments)
            {
                foreach (var (item, value) in a.Values)
                {
                    rows.Add(new ObservationRow(p.Code, p.Site, p.Arm, p.Stratum, a.Event, a.Instrument, item, value, a.RecordedAt, rows.Count + 2));
                }
            }

            var disposition = p.WithdrawalReason is null ? ParticipantDisposition.Completed : ParticipantDisposition.Withdrawn;
            if (p.WithdrawalReason is { } reason)
            {
                withdrawals[p.Code] = reason;
            }

            facts.Add(new ParticipantFacts(p.Code, p.Site, p.Arm, p.Stratum, p.Etiology, disposition, p.EnrolledOn, p.DosesTaken, p.DosesExpected));
        }

        if (editRows is not null)
        {
            rows = editRows(rows);
        }

        var data = AnalysisDataset.FromRows(protocol, rows, facts);
        var result = TrialAnalysis.Run(protocol, data, new AnalysisOptions { SkipInvalid = editRows is not null, Imputations = 5 });
        return new ReportInputs(result, data)
        {
            Flow = new ParticipantFlow
            {
                Screened = participants + 9,
                NotEligible = [new FlowReason("Overall symptom VAS below 4", 5), new FlowReason("Taking a vitamin K antagonist", 2)],
                NotEnrolled = [new FlowReason("Declined to take part", 2)],
                WithdrawalReasons = withdrawals,
            },
            AdverseEvents = [],
            DataSha256 = new string('a', 64),
            DataSource = "simulated participants (seed " + seed + ")",
            SoftwareVersion = "myelin 0.1.0-test",
        };
    }
}
