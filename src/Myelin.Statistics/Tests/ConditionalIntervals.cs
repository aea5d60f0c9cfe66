using System.Runtime.InteropServices;
using Myelin.Statistics.Distributions;
using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Tests;

/// <summary>
/// Hodges–Lehmann estimates and confidence intervals under <see cref="WilcoxRule.ExactWithTies"/> when the
/// classic Walsh-average / difference quantiles do not apply (ties, zeros, or the asymptotic test): the interval
/// inverts the same test that gives the p-value, by <see cref="ShiftInterval.Invert"/> over the Walsh averages
/// (d_i + d_j)/2, i ≤ j (signed rank) or the differences x_i − y_j (rank sum).
/// <list type="bullet">
/// <item>Exact test: the tails of the conditional distribution of the mid-rank scores re-ranked at each shift
/// (Pratt's zeros; at a mid-point between candidates no difference is zero and only equal data values tie).</item>
/// <item>Asymptotic test: coin's standardized statistic without continuity correction. Between candidates the
/// statistic equals the number of candidates above the shift (V = #{Walsh averages &gt; μ}, W = #{x_i − y_j &gt; μ})
/// and the permutation variance is constant (the ties are the equal data values), so the tails are monotone.</item>
/// </list>
/// The estimate is the median of the Walsh averages ("(pseudo)median") or of the differences ("difference in
/// location"), the Hodges–Lehmann estimator, as R ≥ 4.6 reports it (statistics.md §13, data A and C).
/// For the exact test the candidates are held sorted in memory (O(n²), up to <see cref="MaxCandidates"/>), as R's
/// exact interval holds them. For the asymptotic test they are listed up to the same number, and beyond it counted
/// and selected without listing (<see cref="CountedShiftInterval"/>), with the same limits, level and estimate.
/// </summary>
internal static class ConditionalIntervals
{
    /// <summary>Most candidates (Walsh averages or differences) held in memory: 2^24 doubles, 128 MiB.</summary>
    public const long MaxCandidates = 1L << 24;

    /// <summary>R-style warning when the candidates of the exact interval would not fit, or null when they do.</summary>
    public static string? TooMany(long candidates, string what) => candidates <= MaxCandidates ? null
        : $"confidence interval not computed: it needs all {candidates} {what}, more than {MaxCandidates}";

    /// <param name="data">The differences, not shifted by μ.</param>
    /// <param name="o">Options.</param>
    /// <param name="exact">Invert the exact conditional test (else coin's asymptotic one).</param>
    /// <param name="maxListed">Most candidates listed for the asymptotic test before counting instead.</param>
    public static (HtestInterval Interval, HtestValue[] Estimates) SignedRank(double[] data, WilcoxOptions o, bool exact,
        long maxListed = MaxCandidates)
    {
        int n = data.Length;
        if (!exact && n * (n + 1L) / 2 > maxListed)
        {
            var (mean0, sd0) = SignedRankMoments(data);
            var set = SortedPairSet.Walsh(data);
            var counted = CountedShiftInterval.Invert(set, v => NormalTails((v - mean0) / sd0), o.Alternative, o.ConfLevel);
            return (counted, [new HtestValue("(pseudo)median", CountedShiftInterval.Median(set))]);
        }

        var walsh = new double[n * (n + 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                walsh[k++] = (data[i] + data[j]) / 2;
            }
        }

        Array.Sort(walsh);
        Func<double, (double, double)> tails;
        if (exact)
        {
            var cache = new Dictionary<string, ConditionalDistribution>();
            tails = mu => ExactSignFlipTails(data, mu, cache);
        }
        else
        {
            var (mean, sd) = SignedRankMoments(data);
            tails = mu => NormalTails((CountAbove(walsh, mu) - mean) / sd);
        }

        var ci = ShiftInterval.Invert(walsh, tails, o.Alternative, o.ConfLevel);
        return (ci, [new HtestValue("(pseudo)median", WilcoxTest.SortedMedian(walsh))]);
    }

    /// <param name="x">First sample, not shifted by μ.</param>
    /// <param name="y">Second sample.</param>
    /// <param name="o">Options.</param>
    /// <param name="exact">Invert the exact conditional test (else coin's asymptotic one).</param>
    /// <param name="maxListed">Most candidates listed for the asymptotic test before counting instead.</param>
    public static (HtestInterval Interval, HtestValue[] Estimates) RankSum(double[] x, double[] y, WilcoxOptions o, bool exact,
        long maxListed = MaxCandidates)
    {
        int nx = x.Length, ny = y.Length;
        if (!exact && (long)nx * ny > maxListed)
        {
            double sd0 = RankSumSd(x, y);
            var set = SortedPairSet.Differences(x, y);
            var counted = CountedShiftInterval.Invert(set, w => NormalTails((w - (double)nx * ny / 2) / sd0), o.Alternative, o.ConfLevel);
            return (counted, [new HtestValue("difference in location", CountedShiftInterval.Median(set))]);
        }

        var diffs = new double[nx * ny];
        int k = 0;
        foreach (double a in x)
        {
            foreach (double b in y)
            {
                diffs[k++] = a - b;
            }
        }

        Array.Sort(diffs);
        Func<double, (double, double)> tails;
        if (exact)
        {
            var cache = new Dictionary<string, ConditionalDistribution>();
            tails = mu => ExactSubsetTails(x, y, mu, cache);
        }
        else
        {
            double sd = RankSumSd(x, y);
            tails = mu => NormalTails((CountAbove(diffs, mu) - (double)nx * ny / 2) / sd);
        }

        var ci = ShiftInterval.Invert(diffs, tails, o.Alternative, o.ConfLevel);
        return (ci, [new HtestValue("difference in location", WilcoxTest.SortedMedian(diffs))]);
    }

    /// <summary>Permutation mean and standard deviation of V between Walsh averages, where only equal data values tie.</summary>
    private static (double Mean, double Sd) SignedRankMoments(double[] data)
    {
        int n = data.Length;
        Ranks.Average(data, out double tie);
        return (n * (n + 1.0) / 4, Math.Sqrt((n * (n + 1.0) * (2.0 * n + 1) / 6 - tie / 12) / 4));
    }

    /// <summary>Permutation standard deviation of W between differences, where only equal values within a sample tie.</summary>
    private static double RankSumSd(double[] x, double[] y)
    {
        int nx = x.Length, ny = y.Length;
        Ranks.Average(x, out double tieX);
        Ranks.Average(y, out double tieY);
        double n = nx + ny;
        return Math.Sqrt((double)nx * ny / (n * (n - 1)) * ((n * n * n - n) - (tieX + tieY)) / 12);
    }

    /// <summary>Exact tails of V at data − μ: Pratt ranks of |d − μ|, zeros keep their rank but take no sign.</summary>
    internal static (double Lower, double Upper) ExactSignFlipTails(double[] data, double mu,
        Dictionary<string, ConditionalDistribution>? cache = null)
    {
        int n = data.Length;
        var abs = new double[n];
        for (int i = 0; i < n; i++)
        {
            abs[i] = Math.Abs(data[i] - mu);
        }

        double[] r = Ranks.Average(abs, out _);
        var scores = new List<double>(n);
        double v = 0;
        for (int i = 0; i < n; i++)
        {
            double d = data[i] - mu;
            if (d != 0)
            {
                scores.Add(r[i]);
                v += d > 0 ? r[i] : 0;
            }
        }

        var span = CollectionsMarshal.AsSpan(scores);
        return Lookup(cache, span, 0, () => ConditionalDistribution.SignFlip(scores.ToArray())).Tails(v);
    }

    /// <summary>Exact tails of the x rank sum of c(x − μ, y) over the splits of the mid-rank scores.</summary>
    internal static (double Lower, double Upper) ExactSubsetTails(double[] x, double[] y, double mu,
        Dictionary<string, ConditionalDistribution>? cache = null)
    {
        int nx = x.Length;
        var all = new double[nx + y.Length];
        for (int i = 0; i < nx; i++)
        {
            all[i] = x[i] - mu;
        }

        Array.Copy(y, 0, all, nx, y.Length);
        double[] r = Ranks.Average(all, out _);
        double sx = 0;
        for (int i = 0; i < nx; i++)
        {
            sx += r[i];
        }

        return Lookup(cache, r, nx, () => ConditionalDistribution.Subset(r, nx)).Tails(sx);
    }

    private static ConditionalDistribution Lookup(Dictionary<string, ConditionalDistribution>? cache,
        ReadOnlySpan<double> scores, int size, Func<ConditionalDistribution> build)
    {
        if (cache is null)
        {
            return build();
        }

        string key = ConditionalDistribution.Key(scores, size);
        if (!cache.TryGetValue(key, out var dist))
        {
            dist = build();
            cache[key] = dist;
        }

        return dist;
    }

    /// <summary>Number of sorted values strictly greater than <paramref name="mu"/>.</summary>
    private static int CountAbove(double[] sorted, double mu)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] > mu)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return sorted.Length - lo;
    }

    private static (double Lower, double Upper) NormalTails(double z)
        => (Normal.Cdf(z), Normal.Cdf(z, lowerTail: false));
}
