using System.Runtime.CompilerServices;
using Myelin.Analysis.Data;
using Myelin.Domain.Protocols;
using Myelin.Domain.Simulation;

namespace Myelin.Analysis.Tests.Builders;

/// <summary>
/// The sample protocols of the repository (found from this source file, since the build output may live elsewhere)
/// with participants from the Domain's simulator.
/// </summary>
internal static class SampleStudies
{
    public static Protocol Load(string name, [CallerFilePath] string sourceFile = "")
    {
        string dir = Path.GetDirectoryName(sourceFile)!;
        while (!File.Exists(Path.Combine(dir, "Myelin.slnx")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException($"no Myelin.slnx above {sourceFile}");
        }

        var loaded = ProtocolLoader.LoadFile(Path.Combine(dir, "samples", name));
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Errors));
        return loaded.Protocol!;
    }

    /// <summary>Simulated participants as the database would give them: rows plus facts.</summary>
    public static AnalysisDataset Simulate(Protocol protocol, int participants, int seed)
    {
        var simulated = StudySimulator.Simulate(protocol, new SimulationOptions(participants, seed, new DateOnly(2026, 1, 5)));
        var rows = new List<ObservationRow>();
        var facts = new List<ParticipantFacts>();
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
            facts.Add(new ParticipantFacts(p.Code, p.Site, p.Arm, p.Stratum, p.Etiology, disposition, p.EnrolledOn, p.DosesTaken, p.DosesExpected));
        }

        return AnalysisDataset.FromRows(protocol, rows, facts);
    }
}
