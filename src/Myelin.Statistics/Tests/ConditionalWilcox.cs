using Myelin.Statistics.Distributions;
using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Tests;

/// <summary>
/// The <see cref="WilcoxRule.ExactWithTies"/> branch of <see cref="WilcoxTest"/>: the conditional (permutation)
/// null distribution of the observed mid-rank scores (Streitberg &amp; Röhmel 1986; Hothorn et al., coin), counted
/// by a subset-sum recursion on doubled mid-ranks, which are integers; Pratt's (1959) treatment of zero
/// differences; coin's asymptotic Z (Hothorn, Hornik, van de Wiel &amp; Zeileis 2008) when exact is off.
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

        var (p, method) = o.Exact ?? n < 50
            ? (ExactSignFlip(scores, v, o.Alternative), "Wilcoxon signed rank exact test")
            : (AsymptoticSignFlip(scores, v, o.Alternative), "Asymptotic Wilcoxon-Pratt Signed-Rank Test");
        return Finish("V", v, p, method, paired ? "location shift" : "location", o,
            o.ConfInt && !zeroes && scores.Distinct().Count() == scores.Count
                ? () => SignedRankTest.Run(data, o with { Exact = true }, paired) : null);
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
        var (p, method) = o.Exact ?? (nx < 50 && ny < 50)
            ? (ExactSubset(r, nx, sx, o.Alternative), "Wilcoxon rank sum exact test")
            : (AsymptoticSubset(r, nx, sx, o.Alternative), "Asymptotic Wilcoxon-Mann-Whitney Test");
        Func<HtestResult>? interval = !o.ConfInt ? null
            : tie == 0 ? () => RankSumTest.Run(x, y, o with { Exact = true })
            : o.Exact ?? (nx < 50 && ny < 50) ? () => TiedRankSumInterval(x, y, o) : null;
        return Finish("W", w, p, method, "location shift", o, interval);
    }

    private static HtestResult Finish(string name, double stat, double p, string method, string nullName, WilcoxOptions o,
        Func<HtestResult>? interval)
    {
        var result = new HtestResult
        {
            StatisticName = name,
            Statistic = stat,
            PValue = p,
            NullValues = [new HtestValue(nullName, o.Mu)],
            Alternative = o.Alternative,
            Method = method,
        };
        if (!o.ConfInt)
        {
            return result;
        }

        if (interval is null)
        {
            return result with
            {
                Warnings = ["no confidence interval under the exact-with-ties rule for signed ranks with ties or zeros, or with the asymptotic test and ties; use the R 4.2.2 rule for one"],
            };
        }

        // Without ties the conditional distribution is the classic one: the exact interval by Walsh averages or
        // differences, with R 4.6's quantile step and achieved level.
        var classic = interval();
        return result with { ConfInt = classic.ConfInt, Estimates = classic.Estimates, Warnings = classic.Warnings };
    }

    /// <summary>
    /// R ≥ 4.6's exact interval with ties for the shift: scan the mid-points between distinct sorted differences
    /// x_i − y_j from each end for the first whose conditional tail probability (scores re-ranked at that shift)
    /// exceeds the target; the limit is the difference just inside it, and the achieved level is one minus the
    /// tails at the last mid-points rejected (statistics.md §3.3; reproduces R 4.6.0's [−3, −1] at level
    /// 0.98359999133992937 on data C).
    /// </summary>
    private static HtestResult TiedRankSumInterval(double[] x, double[] y, WilcoxOptions o)
    {
        int nx = x.Length, ny = y.Length;
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
        double[] u = diffs.Distinct().ToArray();
        (double Lower, double Upper) Tails(double mu)
        {
            var all = new double[nx + ny];
            for (int i = 0; i < nx; i++)
            {
                all[i] = x[i] - mu;
            }

            Array.Copy(y, 0, all, nx, ny);
            double[] r = Ranks.Average(all, out _);
            double sx = 0;
            for (int i = 0; i < nx; i++)
            {
                sx += r[i];
            }

            return (ExactSubset(r, nx, sx, HtestAlternative.Less), ExactSubset(r, nx, sx, HtestAlternative.Greater));
        }

        double alpha = 1 - o.ConfLevel;
        double target = (o.Alternative == HtestAlternative.TwoSided ? alpha / 2 : alpha) + 10 * 2.220446049250313e-16;
        double lo = double.NegativeInfinity, hi = double.PositiveInfinity, achievedLo = 0, achievedHi = 0;
        if (o.Alternative != HtestAlternative.Less)
        {
            double prev = Tails(u[0] - 1).Upper;
            lo = u[^1];
            for (int i = 0; i + 1 < u.Length; i++)
            {
                double t = Tails((u[i] + u[i + 1]) / 2).Upper;
                if (t > target)
                {
                    lo = u[i];
                    break;
                }

                prev = t;
            }

            achievedLo = prev;
        }

        if (o.Alternative != HtestAlternative.Greater)
        {
            double prev = Tails(u[^1] + 1).Lower;
            hi = u[0];
            for (int i = u.Length - 2; i >= 0; i--)
            {
                double t = Tails((u[i] + u[i + 1]) / 2).Lower;
                if (t > target)
                {
                    hi = u[i + 1];
                    break;
                }

                prev = t;
            }

            achievedHi = prev;
        }

        return new HtestResult
        {
            ConfInt = new HtestInterval(lo, hi, 1 - (achievedLo + achievedHi)),
            Estimates = [new HtestValue("difference in location", WilcoxTest.SortedMedian(diffs))],
        };
    }

    private static double Combine(double lower, double upper, HtestAlternative alt) => alt switch
    {
        HtestAlternative.Less => lower,
        HtestAlternative.Greater => upper,
        _ => Math.Min(1, 2 * Math.Min(lower, upper)),
    };

    private static double ExactSignFlip(List<double> scores, double v, HtestAlternative alt)
    {
        // Doubled mid-ranks are integers; count sign patterns by their positive-score sum.
        int total = 0;
        var w = new int[scores.Count];
        for (int i = 0; i < w.Length; i++)
        {
            w[i] = (int)Math.Round(2 * scores[i]);
            total += w[i];
        }

        var c = new double[total + 1];
        c[0] = 1;
        int reach = 0;
        foreach (int wi in w)
        {
            reach += wi;
            for (int s = reach; s >= wi; s--)
            {
                c[s] += c[s - wi];
            }
        }

        int obs = (int)Math.Round(2 * v);
        double lower = 0, upper = 0, all = Math.ScaleB(1.0, w.Length);
        for (int s = 0; s <= total; s++)
        {
            if (s <= obs)
            {
                lower += c[s];
            }

            if (s >= obs)
            {
                upper += c[s];
            }
        }

        return Combine(lower / all, upper / all, alt);
    }

    private static double ExactSubset(double[] r, int nx, double sx, HtestAlternative alt)
    {
        int n = r.Length;
        var w = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++)
        {
            w[i] = (int)Math.Round(2 * r[i]);
            total += w[i];
        }

        // h[j][s]: number of j-subsets of the items seen so far with doubled score sum s.
        var h = new double[nx + 1][];
        for (int j = 0; j <= nx; j++)
        {
            h[j] = new double[total + 1];
        }

        h[0][0] = 1;
        int reach = 0;
        for (int i = 0; i < n; i++)
        {
            reach += w[i];
            for (int j = Math.Min(i + 1, nx); j >= 1; j--)
            {
                double[] cur = h[j], prev = h[j - 1];
                for (int s = reach; s >= w[i]; s--)
                {
                    cur[s] += prev[s - w[i]];
                }
            }
        }

        int obs = (int)Math.Round(2 * sx);
        double lower = 0, upper = 0, all = 0;
        for (int s = 0; s <= total; s++)
        {
            double c = h[nx][s];
            all += c;
            if (s <= obs)
            {
                lower += c;
            }

            if (s >= obs)
            {
                upper += c;
            }
        }

        return Combine(lower / all, upper / all, alt);
    }

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
