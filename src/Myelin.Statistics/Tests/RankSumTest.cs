using Myelin.Statistics.Distributions;
using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Tests;

/// <summary>The two-sample branch of <see cref="WilcoxTest"/> (R 4.2.2 rules, statistics.md §3.2).</summary>
internal static class RankSumTest
{
    public static HtestResult Run(double[] x, double[] y, WilcoxOptions o)
    {
        if (x.Length < 1)
        {
            return HtestResult.Failed("not enough (non-missing) 'x' observations");
        }

        if (y.Length < 1)
        {
            return HtestResult.Failed("not enough 'y' observations");
        }

        var alt = o.Alternative;
        int nx = x.Length, ny = y.Length;
        double rx, tieTerm;
        bool ties;
        if (!o.ConfInt && nx + ny >= 1000 && IntegerRanks.Count(x, o.Mu) is int[] cx && IntegerRanks.Count(y, 0) is int[] cy)
        {
            // Whole-number data (VAS): rank by counting, no sort.
            (rx, tieTerm, ties) = IntegerRanks.RankSum(cx, cy);
        }
        else
        {
            x = (double[])x.Clone();
            y = (double[])y.Clone();
            RadixSort.Sort(x);
            RadixSort.Sort(y);
            (rx, tieTerm, ties) = MergedRanks.Compute(x, o.Mu, y);
        }

        bool exact = o.Exact ?? (nx < 50 && ny < 50);
        double stat = rx - nx * (nx + 1.0) / 2;
        var warnings = new List<string>();
        string method;
        double p;
        HtestInterval? ci = null;
        HtestValue[] estimate = [];
        double nxny = (double)nx * ny;
        if (exact && !ties)
        {
            method = "Wilcoxon rank sum exact test";
            p = alt switch
            {
                HtestAlternative.Greater => RankSum.Cdf(stat - 1, nx, ny, lowerTail: false),
                HtestAlternative.Less => RankSum.Cdf(stat, nx, ny),
                _ => Math.Min(1, 2 * (stat > nxny / 2 ? RankSum.Cdf(stat - 1, nx, ny, lowerTail: false) : RankSum.Cdf(stat, nx, ny))),
            };
            if (o.ConfInt)
            {
                (ci, estimate) = ExactInterval(x, y, o, warnings);
            }
        }
        else
        {
            method = "Wilcoxon rank sum test";
            double z = stat - nxny / 2;
            double sigma = Sigma(nx, ny, tieTerm);
            double corr = 0;
            if (o.Correct)
            {
                corr = WilcoxTest.Correction(true, alt, z);
                method += " with continuity correction";
            }

            z = (z - corr) / sigma;
            p = WilcoxTest.PNormal(z, alt);
            if (o.ConfInt)
            {
                var r = AsymptoticInterval(x, y, o);
                if (r is null)
                {
                    return HtestResult.Failed("missing value where TRUE/FALSE needed");
                }

                (ci, estimate) = r.Value;
            }

            if (exact && ties)
            {
                warnings.Add("cannot compute exact p-value with ties");
                if (o.ConfInt)
                {
                    warnings.Add("cannot compute exact confidence intervals with ties");
                }
            }
        }

        return new HtestResult
        {
            StatisticName = "W",
            Statistic = stat,
            PValue = p,
            ConfInt = ci,
            Estimates = estimate,
            NullValues = [new HtestValue("location shift", o.Mu)],
            Alternative = alt,
            Method = method,
            Warnings = warnings,
        };
    }

    private static double Sigma(int nx, int ny, double tieTerm)
        => Math.Sqrt(((double)nx * ny / 12) * ((nx + ny + 1) - tieTerm / ((double)(nx + ny) * (nx + ny - 1))));

    private static (HtestInterval, HtestValue[]) ExactInterval(double[] x, double[] y, WilcoxOptions o, List<string> warnings)
    {
        int nx = x.Length, ny = y.Length, total = nx * ny;
        var diffs = new double[total];
        int k = 0;
        foreach (double a in x)
        {
            foreach (double b in y)
            {
                diffs[k++] = a - b;
            }
        }

        Array.Sort(diffs);
        double alpha = 1 - o.ConfLevel;
        double lo, hi, achieved;
        switch (o.Alternative)
        {
            case HtestAlternative.Greater:
            {
                int qu = R46Step(Math.Max(1, (int)RankSum.Quantile(alpha, nx, ny)), q => RankSum.Cdf(q, nx, ny), alpha, o);
                achieved = RankSum.Cdf(qu - 1, nx, ny);
                lo = diffs[qu - 1];
                hi = double.PositiveInfinity;
                break;
            }

            case HtestAlternative.Less:
            {
                int qu = R46Step(Math.Max(1, (int)RankSum.Quantile(alpha, nx, ny)), q => RankSum.Cdf(q, nx, ny), alpha, o);
                achieved = RankSum.Cdf(qu - 1, nx, ny);
                lo = double.NegativeInfinity;
                hi = diffs[total - qu];
                break;
            }

            default:
            {
                int qu = R46Step(Math.Max(1, (int)RankSum.Quantile(alpha / 2, nx, ny)), q => RankSum.Cdf(q, nx, ny), alpha / 2, o);
                achieved = 2 * RankSum.Cdf(qu - 1, nx, ny);
                lo = diffs[qu - 1];
                hi = diffs[total - qu];
                break;
            }
        }

        double level = o.ConfLevel;
        if (o.Rule == WilcoxRule.ExactWithTies)
        {
            // R >= 4.6 reports the achieved level and does not warn.
            level = 1 - achieved;
        }
        else if (achieved - alpha > alpha / 2)
        {
            warnings.Add("Requested conf.level not achievable");
            level = 1 - achieved;
        }

        return (new HtestInterval(lo, hi, level), [new HtestValue("difference in location", WilcoxTest.SortedMedian(diffs))]);
    }

    /// <summary>Standardized W of c(x − d, y) with the tie-corrected σ recomputed at d; NaN when σ = 0.</summary>
    private static double W(double[] x, double[] y, double d, bool correct, HtestAlternative alt)
    {
        int nx = x.Length, ny = y.Length;
        var (rx, tie, _) = MergedRanks.Compute(x, d, y);
        double dz = rx - nx * (nx + 1.0) / 2 - (double)nx * ny / 2;
        double corr = WilcoxTest.Correction(correct, alt, dz);
        double sigma = Sigma(nx, ny, tie);
        return sigma == 0 ? double.NaN : (dz - corr) / sigma;
    }

    private static (HtestInterval, HtestValue[])? AsymptoticInterval(double[] x, double[] y, WilcoxOptions o)
    {
        var alt = o.Alternative;
        double alpha = 1 - o.ConfLevel;
        double mumin = x[0] - y[^1], mumax = x[^1] - y[0];
        double wmin = W(x, y, mumin, o.Correct, alt), wmax = W(x, y, mumax, o.Correct, alt);
        if (double.IsNaN(wmin) || double.IsNaN(wmax))
        {
            return null;
        }

        double Root(double zq)
        {
            double fl = wmin - zq;
            if (fl <= 0)
            {
                return mumin;
            }

            double fu = wmax - zq;
            if (fu >= 0)
            {
                return mumax;
            }

            return Zeroin.Find(d => W(x, y, d, o.Correct, alt) - zq, mumin, mumax, fl, fu, o.TolRoot).Root;
        }

        double lo, hi;
        switch (alt)
        {
            case HtestAlternative.Greater:
                lo = Root(Normal.Quantile(alpha, lowerTail: false));
                hi = double.PositiveInfinity;
                break;
            case HtestAlternative.Less:
                lo = double.NegativeInfinity;
                hi = Root(Normal.Quantile(alpha));
                break;
            default:
                lo = Root(Normal.Quantile(alpha / 2, lowerTail: false));
                hi = Root(Normal.Quantile(alpha / 2));
                break;
        }

        double f0 = W(x, y, mumin, false, alt), f1 = W(x, y, mumax, false, alt);
        double est = Zeroin.Find(d => W(x, y, d, false, alt), mumin, mumax, f0, f1, o.TolRoot).Root;
        return (new HtestInterval(lo, hi, o.ConfLevel), [new HtestValue("difference in location", est)]);
    }

    /// <summary>R ≥ 4.6 moves the quantile one step in when its tail probability does not exceed the target.</summary>
    private static int R46Step(int qu, Func<double, double> cdf, double target, WilcoxOptions o)
        => o.Rule == WilcoxRule.ExactWithTies && cdf(qu) <= target + 10 * 2.220446049250313e-16 ? qu + 1 : qu;
}
