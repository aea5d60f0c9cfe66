using System.Runtime.InteropServices;
using Myelin.Statistics.Random;

namespace Myelin.Benchmarks;

/// <summary>
/// The benchmark data set: the same shapes r-vs-myelin.R generates (normal samples for t tests, 0–10 integer VAS
/// scores for the rank tests, a two-arm ANCOVA), either read from R's little-endian double files or drawn here
/// from a seeded R-compatible stream for BenchmarkDotNet runs.
/// </summary>
public sealed class BenchData
{
    public required double[] X { get; init; }
    public required double[] Y { get; init; }
    public required double[] VasA { get; init; }
    public required double[] VasB { get; init; }
    public required double[] Small { get; init; }
    public required double[] Change { get; init; }
    public required double[] Baseline { get; init; }
    public required int[] Arm { get; init; }

    public static BenchData Read(string directory)
    {
        double[] Load(string name) => MemoryMarshal.Cast<byte, double>(File.ReadAllBytes(Path.Combine(directory, name + ".bin"))).ToArray();
        return new BenchData
        {
            X = Load("x"), Y = Load("y"), VasA = Load("vas_a"), VasB = Load("vas_b"), Small = Load("small"),
            Change = Load("chg"), Baseline = Load("base"), Arm = Load("arm").Select(a => (int)a).ToArray(),
        };
    }

    public static BenchData Generate(int n, int seed)
    {
        var rng = new RRandom(seed);
        double Normal() => Myelin.Statistics.Distributions.Normal.Quantile(rng.NextDouble());
        double[] Vas() => Enumerable.Range(0, n).Select(_ => (double)rng.NextIndex(11)).ToArray();
        var arm = Enumerable.Range(0, n).Select(i => i % 2).ToArray();
        var baseline = Vas();
        return new BenchData
        {
            X = Enumerable.Range(0, n).Select(_ => Normal()).ToArray(),
            Y = Enumerable.Range(0, n).Select(_ => Normal() + 0.01).ToArray(),
            VasA = Vas(),
            VasB = Vas(),
            Small = Enumerable.Range(0, 49).Select(_ => Normal() + 0.3).ToArray(),
            Baseline = baseline,
            Arm = arm,
            Change = baseline.Select((b, i) => Math.Round(-0.3 * b - 1.2 * arm[i] + 2 * Normal())).ToArray(),
        };
    }
}
