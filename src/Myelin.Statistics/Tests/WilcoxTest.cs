using System.Runtime.CompilerServices;
using Myelin.Statistics.Distributions;
using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Tests;

/// <summary>
/// Wilcoxon's signed-rank and rank-sum tests (Wilcoxon 1945; Mann &amp; Whitney 1947) with R 4.2.2's
/// <c>wilcox.test</c> semantics (statistics.md §3): exact null distribution only for n &lt; 50 without ties (and,
/// one-sample, without zeros); otherwise the normal approximation with tie-corrected variance and optional
/// continuity correction; Hodges–Lehmann (1963) estimate and interval, exact by Walsh averages or pairwise
/// differences (Bauer 1972), asymptotic by inverting the standardized statistic with Brent's zeroin at tol 1e-4.
/// Ranking is sort-based, O(n log n) once, then O(n) per evaluation.
/// </summary>
public static class WilcoxTest
{
    /// <summary>Runs wilcox.test(x, y, …); <paramref name="y"/> null gives the one-sample signed-rank test.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static HtestResult Run(double[] x, double[]? y, WilcoxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        var o = options ?? new WilcoxOptions();
        if (!double.IsFinite(o.Mu))
        {
            return HtestResult.Failed("'mu' must be a single number");
        }

        if (o.ConfInt && !(double.IsFinite(o.ConfLevel) && o.ConfLevel > 0 && o.ConfLevel < 1))
        {
            return HtestResult.Failed("'conf.level' must be a single number between 0 and 1");
        }

        if (y is not null && o.Paired)
        {
            if (x.Length != y.Length)
            {
                return HtestResult.Failed("'x' and 'y' must have the same length");
            }

            if (!o.ConfInt && o.Rule == WilcoxRule.R422 && x.Length >= 1000
                && IntegerRanks.CountDifferences(x, y, o.Mu) is int[] counts)
            {
                return SignedRankTest.FromCounts(counts, o, paired: true);
            }

            var d = new double[x.Length];
            int m = 0;
            for (int i = 0; i < x.Length; i++)
            {
                if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
                {
                    d[m++] = x[i] - y[i];
                }
            }

            double[] diffs = m == d.Length ? d : d[..m];
            return o.Rule == WilcoxRule.ExactWithTies ? ConditionalWilcox.SignedRank(diffs, o, paired: true)
                : SignedRankTest.Run(diffs, o, paired: true, owned: true);
        }

        if (y is null)
        {
            if (o.Paired)
            {
                return HtestResult.Failed("'y' is missing for paired test");
            }

            return o.Rule == WilcoxRule.ExactWithTies ? ConditionalWilcox.SignedRank(DropNa(x), o, paired: false)
                : SignedRankTest.Run(DropNa(x), o, paired: false);
        }

        return o.Rule == WilcoxRule.ExactWithTies ? ConditionalWilcox.RankSum(DropNa(x), DropNa(y), o)
            : RankSumTest.Run(DropNa(x), DropNa(y), o);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double[] DropNa(double[] v)
    {
        foreach (double e in v)
        {
            if (double.IsNaN(e))
            {
                return Array.FindAll(v, e => !double.IsNaN(e));
            }
        }

        return v;
    }

    internal static double Correction(bool correct, HtestAlternative alt, double z) => !correct ? 0 : alt switch
    {
        HtestAlternative.Greater => 0.5,
        HtestAlternative.Less => -0.5,
        _ => Math.Sign(z) * 0.5,
    };

    internal static double PNormal(double z, HtestAlternative alt) => alt switch
    {
        HtestAlternative.Less => Normal.Cdf(z),
        HtestAlternative.Greater => Normal.Cdf(z, lowerTail: false),
        _ => 2 * Math.Min(Normal.Cdf(z), Normal.Cdf(z, lowerTail: false)),
    };

    /// <summary>R's median of a sorted array.</summary>
    internal static double SortedMedian(double[] s)
    {
        int n = s.Length;
        if (n == 0)
        {
            return double.NaN;
        }

        int half = (n + 1) / 2;
        return n % 2 == 1 ? s[half - 1] : (s[half - 1] + s[half]) / 2;
    }

    /// <summary>R's signif(v, 2).</summary>
    internal static double Signif2(double v)
    {
        if (v == 0 || !double.IsFinite(v))
        {
            return v;
        }

        int e = (int)Math.Floor(Math.Log10(Math.Abs(v)));
        double scale = Math.Pow(10, 1 - e);
        return Math.Round(v * scale, MidpointRounding.ToEven) / scale;
    }
}
