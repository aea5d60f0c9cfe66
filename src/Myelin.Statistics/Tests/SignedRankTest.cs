using System.Runtime.CompilerServices;
using Myelin.Statistics.Distributions;
using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Tests;

/// <summary>The one-sample / paired branch of <see cref="WilcoxTest"/> (R 4.2.2 rules, statistics.md §3.1).</summary>
internal static class SignedRankTest
{
    /// <param name="data">The differences (or the sample).</param>
    /// <param name="o">Options.</param>
    /// <param name="paired">Paired test (only names the null value).</param>
    /// <param name="owned">The caller gives up <paramref name="data"/>, so it may be reused as the work buffer.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static HtestResult Run(double[] data, WilcoxOptions o, bool paired, bool owned = false)
    {
        if (data.Length < 1)
        {
            return HtestResult.Failed("not enough (non-missing) 'x' observations");
        }

        if (!o.ConfInt && data.Length >= 1000 && IntegerRanks.Count(data, o.Mu) is int[] counts)
        {
            return FromCounts(counts, o, paired);
        }

        // Shift by mu, drop exact zeros (Wilcoxon's zero method), sort once.
        var x = owned ? data : new double[data.Length];
        int n = 0;
        bool zeroes = false;
        foreach (double v in data)
        {
            double s = v - o.Mu;
            if (s == 0)
            {
                zeroes = true;
            }
            else
            {
                x[n++] = s;
            }
        }

        if (n != x.Length && o.ConfInt)
        {
            Array.Resize(ref x, n); // the interval code works on exact-length arrays
        }

        RadixSort.Sort(x.AsSpan(0, n));
        var (stat, tieTerm, ties) = SignedRanks.Compute(x.AsSpan(0, n));
        return Finish(stat, tieTerm, ties, zeroes, n, o, paired, x);
    }

    /// <summary>The test from counts of whole-number differences (no interval): rank by counting, no sort.</summary>
    public static HtestResult FromCounts(int[] counts, WilcoxOptions o, bool paired)
    {
        var (v, tie, ties, zeroes, n) = IntegerRanks.SignedRank(counts);
        if (n + (zeroes ? 1 : 0) == 0)
        {
            return HtestResult.Failed("not enough (non-missing) 'x' observations");
        }

        return Finish(v, tie, ties, zeroes, n, o, paired, null);
    }

    private static HtestResult Finish(double stat, double tieTerm, bool ties, bool zeroes, int n, WilcoxOptions o,
        bool paired, double[]? x)
    {
        var alt = o.Alternative;
        bool exact = o.Exact ?? n < 50;
        var warnings = new List<string>();
        string method;
        double p;
        HtestInterval? ci = null;
        HtestValue[] estimate = [];
        double total = n * (n + 1.0) / 2;
        if (exact && !ties && !zeroes)
        {
            method = "Wilcoxon signed rank exact test";
            p = alt switch
            {
                HtestAlternative.Greater => SignRank.Cdf(stat - 1, n, lowerTail: false),
                HtestAlternative.Less => SignRank.Cdf(stat, n),
                _ => Math.Min(1, 2 * (stat > total / 2 ? SignRank.Cdf(stat - 1, n, lowerTail: false) : SignRank.Cdf(stat, n))),
            };
            if (o.ConfInt)
            {
                (ci, estimate) = ExactInterval(x!, n, o, warnings);
            }
        }
        else
        {
            method = "Wilcoxon signed rank test";
            double z = stat - n * (n + 1.0) / 4;
            double sigma = Math.Sqrt(n * (n + 1.0) * (2.0 * n + 1) / 24 - tieTerm / 48);
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
                (ci, estimate) = AsymptoticInterval(x!, n, o, warnings);
            }

            if (exact && ties)
            {
                warnings.Add("cannot compute exact p-value with ties");
                if (o.ConfInt)
                {
                    warnings.Add("cannot compute exact confidence interval with ties");
                }
            }

            if (exact && zeroes)
            {
                warnings.Add("cannot compute exact p-value with zeroes");
                if (o.ConfInt)
                {
                    warnings.Add("cannot compute exact confidence interval with zeroes");
                }
            }
        }

        return new HtestResult
        {
            StatisticName = "V",
            Statistic = stat,
            PValue = p,
            ConfInt = ci,
            Estimates = estimate,
            NullValues = [new HtestValue(paired ? "location shift" : "location", o.Mu)],
            Alternative = alt,
            Method = method,
            Warnings = warnings,
        };
    }

    private static (HtestInterval, HtestValue[]) ExactInterval(double[] x, int n, WilcoxOptions o, List<string> warnings)
    {
        // Walsh averages (x_i + x_j)/2, i ≤ j, of the data shifted back by mu.
        var xs = new double[n];
        for (int i = 0; i < n; i++)
        {
            xs[i] = x[i] + o.Mu;
        }

        var w = new double[n * (n + 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                w[k++] = (xs[i] + xs[j]) / 2;
            }
        }

        Array.Sort(w);
        double alpha = 1 - o.ConfLevel;
        int total = n * (n + 1) / 2;
        double lo, hi, achieved;
        switch (o.Alternative)
        {
            case HtestAlternative.Greater:
            {
                int qu = R46Step(Math.Max(1, (int)SignRank.Quantile(alpha, n)), q => SignRank.Cdf(q, n), alpha, o);
                achieved = SignRank.Cdf(qu - 1, n);
                lo = w[qu - 1];
                hi = double.PositiveInfinity;
                break;
            }

            case HtestAlternative.Less:
            {
                int qu = R46Step(Math.Max(1, (int)SignRank.Quantile(alpha, n)), q => SignRank.Cdf(q, n), alpha, o);
                achieved = SignRank.Cdf(qu - 1, n);
                lo = double.NegativeInfinity;
                hi = w[total - qu];
                break;
            }

            default:
            {
                int qu = R46Step(Math.Max(1, (int)SignRank.Quantile(alpha / 2, n)), q => SignRank.Cdf(q, n), alpha / 2, o);
                achieved = 2 * SignRank.Cdf(qu - 1, n);
                lo = w[qu - 1];
                hi = w[total - qu];
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
            warnings.Add("requested conf.level not achievable");
            level = 1 - WilcoxTest.Signif2(achieved);
        }

        return (new HtestInterval(lo, hi, level), [new HtestValue("(pseudo)median", WilcoxTest.SortedMedian(w))]);
    }

    /// <summary>Standardized V of x − d (zeros dropped, re-ranked, tie-corrected σ), minus zq.</summary>
    private static double W(double[] sortedX, double d, bool correct, HtestAlternative alt, double[] buffer)
    {
        int m = 0;
        foreach (double v in sortedX)
        {
            double s = v - d;
            if (s != 0)
            {
                buffer[m++] = s;
            }
        }

        var (v2, tie, _) = SignedRanks.Compute(buffer.AsSpan(0, m));
        double zd = v2 - m * (m + 1.0) / 4;
        double sigma = Math.Sqrt(m * (m + 1.0) * (2.0 * m + 1) / 24 - tie / 48);
        if (sigma == 0)
        {
            return double.NaN; // all observations equal d: R stops the interval here
        }

        double corr = WilcoxTest.Correction(correct, alt, zd);
        return (zd - corr) / sigma;
    }

    private static (HtestInterval?, HtestValue[]) AsymptoticInterval(double[] shifted, int n, WilcoxOptions o, List<string> warnings)
    {
        var alt = o.Alternative;
        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = shifted[i] + o.Mu;
        }

        var buf = new double[n];
        double alpha = 1 - o.ConfLevel;
        double level = o.ConfLevel;
        if (n == 0)
        {
            return (new HtestInterval(double.NaN, double.NaN, 0), [new HtestValue("", double.NaN)]);
        }

        double mumin = x[0], mumax = x[n - 1];
        double wmin = W(x, mumin, o.Correct, alt, buf), wmax = W(x, mumax, o.Correct, alt, buf);
        if (double.IsNaN(wmin) || double.IsNaN(wmax))
        {
            warnings.Add("cannot compute confidence interval when all observations are zero or tied");
            return (new HtestInterval(double.NaN, double.NaN, 0), [new HtestValue("midrange", (mumin + mumax) / 2)]);
        }

        {
            double Root(double zq) => Zeroin.Find(d => W(x, d, o.Correct, alt, buf) - zq, mumin, mumax,
                wmin - zq, wmax - zq, o.TolRoot).Root;

            double lo, hi;
            switch (alt)
            {
                case HtestAlternative.Greater:
                    while (wmin - Normal.Quantile(alpha, lowerTail: false) < 0)
                    {
                        alpha *= 2;
                    }

                    level = Achievable(alpha, level, warnings);
                    lo = alpha < 1 ? Root(Normal.Quantile(alpha, lowerTail: false)) : WilcoxTest.SortedMedian(x);
                    hi = double.PositiveInfinity;
                    break;
                case HtestAlternative.Less:
                    // R 4.2.2 checks the upper end against the α/2 quantile here (not α), then solves at α;
                    // reproduced because it decides when conf.level is lowered (golden case "sr A less").
                    while (wmax - Normal.Quantile(alpha / 2) > 0)
                    {
                        alpha *= 2;
                    }

                    level = Achievable(alpha, level, warnings);
                    lo = double.NegativeInfinity;
                    hi = alpha < 1 ? Root(Normal.Quantile(alpha)) : WilcoxTest.SortedMedian(x);
                    break;
                default:
                    while (wmin - Normal.Quantile(alpha / 2, lowerTail: false) < 0 || wmax - Normal.Quantile(alpha / 2) > 0)
                    {
                        alpha *= 2;
                    }

                    level = Achievable(alpha, level, warnings);
                    if (alpha < 1)
                    {
                        lo = Root(Normal.Quantile(alpha / 2, lowerTail: false));
                        hi = Root(Normal.Quantile(alpha / 2));
                    }
                    else
                    {
                        lo = hi = WilcoxTest.SortedMedian(x);
                    }

                    break;
            }

            // The estimate solves the uncorrected statistic = 0 (uniroot evaluates both ends itself).
            double f0 = W(x, mumin, false, alt, buf), f1 = W(x, mumax, false, alt, buf);
            double est = Zeroin.Find(d => W(x, d, false, alt, buf), mumin, mumax, f0, f1, o.TolRoot).Root;
            return (new HtestInterval(lo, hi, level), [new HtestValue("(pseudo)median", est)]);
        }
    }

    private static double Achievable(double alpha, double level, List<string> warnings)
    {
        if (alpha >= 1 || 1 - level < alpha * 0.75)
        {
            warnings.Add("requested conf.level not achievable");
            return 1 - Math.Min(1, alpha);
        }

        return level;
    }

    /// <summary>R ≥ 4.6 moves the quantile one step in when its tail probability does not exceed the target.</summary>
    private static int R46Step(int qu, Func<double, double> cdf, double target, WilcoxOptions o)
        => o.Rule == WilcoxRule.ExactWithTies && cdf(qu) <= target + 10 * 2.220446049250313e-16 ? qu + 1 : qu;
}
