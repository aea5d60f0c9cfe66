using System.Runtime.InteropServices;
using Myelin.Statistics.Distributions;
using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Tests;

/// <summary>
/// The <see cref="WilcoxRule.ExactWithTies"/> branch of <see cref="WilcoxTest"/>: the conditional (permutation)
/// null distribution of the observed mid-rank scores (Streitberg &amp; Röhmel 1986; Hothorn et al., coin), counted
/// by a subset-sum recursion on doubled mid-ranks, which are integers; Pratt's (1959) treatment of zero
/// differences; coin's asymptotic Z (Hothorn, Hornik, van de Wiel &amp; Zeileis 2008) when exact is off.
/// With conf.int the Hodges–Lehmann estimate and interval invert the same test (<see cref="ConditionalIntervals"/>),
/// or come from the classic exact quantiles when the exact test sees no ties and no zeros.
/// </summary>
internal static class ConditionalWilcox
{
    public static HtestResult SignedRank(double[] data, WilcoxOptions o, bool paired)
    {
        if (data.Length < 1)
        {
            return HtestResult.Failed("not enough (non-missing) 'x' observations");
        }

        int n = data.Length;
        var d = new double[n];
        var abs = new double[n];
        for (int i = 0; i < n; i++)
        {
            d[i] = data[i] - o.Mu;
            abs[i] = Math.Abs(d[i]);
        }

        double[] r = Ranks.Average(abs, out _);
        var scores = new List<double>(n);
        double v = 0;
        bool zeroes = false;
        for (int i = 0; i < n; i++)
        {
            if (d[i] == 0)
            {
                zeroes = true;
                continue;
            }

            scores.Add(r[i]);
            if (d[i] > 0)
            {
                v += r[i];
            }
        }

        bool exact = o.Exact ?? n < 50;
        var (p, method) = exact
            ? (Exact(ConditionalDistribution.SignFlip(CollectionsMarshal.AsSpan(scores)).Tails(v), o.Alternative),
                "Wilcoxon signed rank exact test")
            : (AsymptoticSignFlip(scores, v, o.Alternative), "Asymptotic Wilcoxon-Pratt Signed-Rank Test");
        var result = Result("V", v, p, method, paired ? "location shift" : "location", o);
        if (!o.ConfInt)
        {
            return result;
        }

        if (exact && !zeroes && scores.Distinct().Count() == scores.Count)
        {
            // Without ties or zeros the conditional distribution is the classic one: the exact interval by Walsh
            // averages, with R 4.6's quantile step and achieved level.
            var classic = SignedRankTest.Run(data, o with { Exact = true }, paired);
            return result with { ConfInt = classic.ConfInt, Estimates = classic.Estimates, Warnings = classic.Warnings };
        }

        if (exact && ConditionalIntervals.TooMany(n * (n + 1L) / 2, "Walsh averages") is string tooMany)
        {
            return result with { Warnings = [tooMany] };
        }

        var (ci, estimates) = ConditionalIntervals.SignedRank(data, o, exact);
        return result with { ConfInt = ci, Estimates = estimates };
    }

    public static HtestResult RankSum(double[] x, double[] y, WilcoxOptions o)
    {
        if (x.Length < 1)
        {
            return HtestResult.Failed("not enough (non-missing) 'x' observations");
        }

        if (y.Length < 1)
        {
            return HtestResult.Failed("not enough 'y' observations");
        }

        int nx = x.Length, ny = y.Length;
        var all = new double[nx + ny];
        for (int i = 0; i < nx; i++)
        {
            all[i] = x[i] - o.Mu;
        }

        Array.Copy(y, 0, all, nx, ny);
        double[] r = Ranks.Average(all, out double tie);
        double sx = 0;
        for (int i = 0; i < nx; i++)
        {
            sx += r[i];
        }

        double w = sx - nx * (nx + 1.0) / 2;
        bool exact = o.Exact ?? (nx < 50 && ny < 50);
        var (p, method) = exact
            ? (Exact(ConditionalDistribution.Subset(r, nx).Tails(sx), o.Alternative), "Wilcoxon rank sum exact test")
            : (AsymptoticSubset(r, nx, sx, o.Alternative), "Asymptotic Wilcoxon-Mann-Whitney Test");
        var result = Result("W", w, p, method, "location shift", o);
        if (!o.ConfInt)
        {
            return result;
        }

        if (exact && tie == 0)
        {
            // Without ties the conditional distribution is the classic one: the exact interval by differences.
            var classic = RankSumTest.Run(x, y, o with { Exact = true });
            return result with { ConfInt = classic.ConfInt, Estimates = classic.Estimates, Warnings = classic.Warnings };
        }

        if (exact && ConditionalIntervals.TooMany((long)nx * ny, "differences x[i] - y[j]") is string tooMany)
        {
            return result with { Warnings = [tooMany] };
        }

        var (ci, estimates) = ConditionalIntervals.RankSum(x, y, o, exact);
        return result with { ConfInt = ci, Estimates = estimates };
    }

    private static HtestResult Result(string name, double stat, double p, string method, string nullName, WilcoxOptions o) => new()
    {
        StatisticName = name,
        Statistic = stat,
        PValue = p,
        NullValues = [new HtestValue(nullName, o.Mu)],
        Alternative = o.Alternative,
        Method = method,
    };

    /// <summary>R 4.6's exact p-value from the two tails: two-sided is min(2·lower, 2·upper, 1) (statistics.md §3.3).</summary>
    private static double Exact((double Lower, double Upper) tails, HtestAlternative alt) => alt switch
    {
        HtestAlternative.Less => tails.Lower,
        HtestAlternative.Greater => tails.Upper,
        _ => Math.Min(1, 2 * Math.Min(tails.Lower, tails.Upper)),
    };

    private static double AsymptoticSignFlip(List<double> scores, double v, HtestAlternative alt)
    {
        double mean = 0, var = 0;
        foreach (double s in scores)
        {
            mean += s / 2;
            var += s * s / 4;
        }

        return Normal2(( v - mean) / Math.Sqrt(var), alt);
    }

    private static double AsymptoticSubset(double[] r, int nx, double sx, HtestAlternative alt)
    {
        int n = r.Length;
        double mean = 0;
        foreach (double s in r)
        {
            mean += s;
        }

        mean /= n;
        double ss = 0;
        foreach (double s in r)
        {
            ss += (s - mean) * (s - mean);
        }

        double ny = n - nx;
        double var = nx * ny / ((double)n * (n - 1)) * ss;
        return Normal2((sx - nx * mean) / Math.Sqrt(var), alt);
    }

    private static double Normal2(double z, HtestAlternative alt) => alt switch
    {
        HtestAlternative.Less => Normal.Cdf(z),
        HtestAlternative.Greater => Normal.Cdf(z, lowerTail: false),
        _ => 2 * Normal.Cdf(-Math.Abs(z)),
    };
}
