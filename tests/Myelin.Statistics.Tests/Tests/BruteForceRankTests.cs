namespace Myelin.Statistics.Tests.Tests;

/// <summary>
/// Independent reference for the conditional rank tests on small samples: mid-ranks by pairwise counting, tails by
/// enumerating all 2^m sign vectors or all C(N, nx) splits, and the interval by evaluating the definition at every
/// gap (no early stop). Shares no code with the library.
/// </summary>
internal static class BruteForceRankTests
{
    /// <summary>Mid-ranks: 1 + #{smaller} + ½·#{other equal}.</summary>
    public static double[] MidRanks(double[] a)
    {
        var r = new double[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            double below = 0, equal = 0;
            for (int j = 0; j < a.Length; j++)
            {
                if (a[j] < a[i])
                {
                    below++;
                }
                else if (a[j] == a[i] && j != i)
                {
                    equal++;
                }
            }

            r[i] = 1 + below + equal / 2;
        }

        return r;
    }

    /// <summary>(P(V ≤ v), P(V ≥ v)) over all sign vectors of the non-zero d − μ, ranks of |d − μ| with zeros (Pratt).</summary>
    public static (double Lower, double Upper) SignFlipTails(double[] data, double mu)
    {
        var d = data.Select(v => v - mu).ToArray();
        var r = MidRanks(d.Select(Math.Abs).ToArray());
        var scores = Enumerable.Range(0, d.Length).Where(i => d[i] != 0).Select(i => r[i]).ToArray();
        double v = Enumerable.Range(0, d.Length).Where(i => d[i] > 0).Sum(i => r[i]);
        long lower = 0, upper = 0, all = 1L << scores.Length;
        for (long mask = 0; mask < all; mask++)
        {
            double s = 0;
            for (int i = 0; i < scores.Length; i++)
            {
                if ((mask >> i & 1) == 1)
                {
                    s += scores[i];
                }
            }

            lower += s <= v ? 1 : 0;
            upper += s >= v ? 1 : 0;
        }

        return ((double)lower / all, (double)upper / all);
    }

    /// <summary>(P(W ≤ w), P(W ≥ w)) for the x rank sum of c(x − μ, y) over all splits of the mid-ranks.</summary>
    public static (double Lower, double Upper) SubsetTails(double[] x, double[] y, double mu)
    {
        var all = x.Select(v => v - mu).Concat(y).ToArray();
        var r = MidRanks(all);
        double w = r.Take(x.Length).Sum();
        long lower = 0, upper = 0, count = 0;
        for (long mask = 0; mask < 1L << all.Length; mask++)
        {
            if (long.PopCount(mask) != x.Length)
            {
                continue;
            }

            double s = 0;
            for (int i = 0; i < all.Length; i++)
            {
                if ((mask >> i & 1) == 1)
                {
                    s += r[i];
                }
            }

            count++;
            lower += s <= w ? 1 : 0;
            upper += s >= w ? 1 : 0;
        }

        return ((double)lower / count, (double)upper / count);
    }

    public static double[] WalshAverages(double[] d)
    {
        var w = new List<double>();
        for (int i = 0; i < d.Length; i++)
        {
            for (int j = i; j < d.Length; j++)
            {
                w.Add((d[i] + d[j]) / 2);
            }
        }

        return [.. w.Order()];
    }

    public static double[] Differences(double[] x, double[] y) => [.. x.SelectMany(a => y.Select(b => a - b)).Order()];

    /// <summary>Points where the test is evaluated: below all candidates, each gap's mid-point, above all.</summary>
    public static double[] Gaps(double[] candidates)
    {
        var u = candidates.Distinct().Order().ToArray();
        var g = new List<double> { u[0] - (1 + Math.Abs(u[0])) };
        for (int i = 0; i + 1 < u.Length; i++)
        {
            g.Add((u[i] + u[i + 1]) / 2);
        }

        g.Add(u[^1] + (1 + Math.Abs(u[^1])));
        return [.. g];
    }

    /// <summary>
    /// The interval's definition evaluated at every gap: gap k (1-based, 1 … u − 1) lies between u[k − 1] and u[k];
    /// the lower limit is u[k − 1] for the first gap whose upper tail exceeds the target, the upper limit u[k] for
    /// the last gap whose lower tail does; the level is one minus the tails of the neighbouring rejected gaps.
    /// </summary>
    public static HtestInterval Interval(double[] candidates, Func<double, (double Lower, double Upper)> tails,
        HtestAlternative alt, double confLevel)
    {
        var u = candidates.Distinct().Order().ToArray();
        var gaps = Gaps(candidates);
        var t = gaps.Select(tails).ToArray();
        double alpha = 1 - confLevel;
        double target = (alt == HtestAlternative.TwoSided ? alpha / 2 : alpha) + 10 * 2.220446049250313e-16;
        int inner = u.Length - 1;
        double lo = double.NegativeInfinity, hi = double.PositiveInfinity, a = 0, b = 0;
        if (alt != HtestAlternative.Less)
        {
            int k = Enumerable.Range(1, inner).FirstOrDefault(i => t[i].Upper > target);
            lo = k == 0 ? u[^1] : u[k - 1];
            a = t[k == 0 ? inner : k - 1].Upper;
        }

        if (alt != HtestAlternative.Greater)
        {
            int k = Enumerable.Range(1, inner).LastOrDefault(i => t[i].Lower > target);
            hi = k == 0 ? u[0] : u[k];
            b = t[k == 0 ? 1 : k + 1].Lower;
        }

        return new HtestInterval(lo, hi, 1 - (a + b));
    }
}
