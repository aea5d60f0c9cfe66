using BenchmarkDotNet.Attributes;

namespace Myelin.Benchmarks;

/// <summary>BenchmarkDotNet view of <see cref="Operations"/> on generated data (n = 10⁶, seed 2026).</summary>
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    private BenchData data = null!;

    [GlobalSetup]
    public void Setup() => data = BenchData.Generate(1_000_000, 2026);

    [Benchmark]
    public double WelchT() => Operations.All[0].Run(data);

    [Benchmark]
    public double PairedT() => Operations.All[1].Run(data);

    [Benchmark]
    public double SignedRankTies() => Operations.All[2].Run(data);

    [Benchmark]
    public double RankSumTies() => Operations.All[3].Run(data);

    [Benchmark]
    public double SignedRankExact49() => Operations.All[4].Run(data);

    [Benchmark]
    public double SignedRankExact49ConfInt() => Operations.All[5].Run(data);

    [Benchmark]
    public double SignedRankConfInt6000() => Operations.All[6].Run(data);

    [Benchmark]
    public double RankSumConfInt4200() => Operations.All[7].Run(data);

    [Benchmark]
    public double Ancova() => Operations.All[8].Run(data);
}
