using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Myelin.Analysis;
using Myelin.Analysis.Data;
using Myelin.Domain.Protocols;
using Myelin.Domain.Simulation;
using Myelin.Reports;

namespace Myelin.Benchmarks;

/// <summary>
/// Issue 4's in-process target: the analysis and the report (HTML and figures, no PDF) of the 30-participant
/// preliminary study, warm. Run: <c>dotnet run -c Release --project bench/Myelin.Benchmarks -- --filter '*StudyReport*'</c>.
/// </summary>
[MemoryDiagnoser]
public class StudyReportBenchmarks
{
    private Protocol _protocol = null!;
    private AnalysisDataset _data = null!;
    private string _outDir = null!;

    [GlobalSetup]
    public void Setup()
    {
        _protocol = ProtocolLoader.LoadFile(SamplePath("k2-7-preliminary.yaml")).Protocol!;
        var participants = StudySimulator.Simulate(_protocol, new SimulationOptions(30, 2012, new DateOnly(2026, 1, 5)));
        _data = AnalysisDataset.FromRows(_protocol, Rows(_protocol, participants));
        _outDir = Directory.CreateTempSubdirectory("myelin-bench-report-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_outDir, recursive: true);

    [Benchmark(Description = "analysis + report (HTML, 7 SVG + 7 PNG figures), 30 participants")]
    public ReportFiles AnalysisAndReport()
    {
        var result = TrialAnalysis.Run(_protocol, _data);
        return StudyReport.Write(new ReportInputs(result, _data), _outDir, new ReportOptions { Pdf = false });
    }

    private static IEnumerable<ObservationRow> Rows(Protocol protocol, IEnumerable<SimulatedParticipant> participants)
    {
        var line = 1;
        foreach (var p in participants)
        {
            var screenedAt = new DateTimeOffset(p.EnrolledOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            foreach (var (item, value) in p.ScreeningValues)
                yield return new ObservationRow(p.Code, p.Site, p.Arm, p.Stratum, "screening", protocol.Screening!.Instrument, item, value, screenedAt, ++line);
            foreach (var a in p.Assessments)
                foreach (var (item, value) in a.Values)
                    yield return new ObservationRow(p.Code, p.Site, p.Arm, p.Stratum, a.Event, a.Instrument, item, value, a.RecordedAt, ++line);
        }
    }

    private static string SamplePath(string name, [CallerFilePath] string source = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(source)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Myelin.slnx"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "samples", name);
    }
}
