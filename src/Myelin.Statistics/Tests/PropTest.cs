using Myelin.Statistics.Distributions;

namespace Myelin.Statistics.Tests;

/// <summary>
/// Tests of proportions with R's <c>prop.test</c> semantics: the chi-squared statistic with Yates' correction
/// (capped as R does) for one or two groups; Wilson's (1927) score interval with continuity correction for one
/// group (Newcombe 1998, method 4); the Wald interval with correction for the difference of two; one-sided
/// p-values from the signed square root of the statistic.
/// </summary>
public static class PropTest
{
    /// <summary>Runs prop.test(x, n, p, …).</summary>
    /// <param name="x">Successes per group.</param>
    /// <param name="n">Trials per group.</param>
    /// <param name="p">Null proportions (one per group), or null for equality (one group: 0.5).</param>
    public static HtestResult Run(double[] x, double[] n, double[]? p = null,
        HtestAlternative alternative = HtestAlternative.TwoSided, double confLevel = 0.95, bool correct = true)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(n);
        int k = x.Length;
        if (k < 1 || n.Length != k)
        {
            return HtestResult.Failed("'x' and 'n' must have the same length");
        }

        for (int i = 0; i < k; i++)
        {
            if (!(n[i] > 0) || !double.IsFinite(n[i]))
            {
                return HtestResult.Failed("elements of 'n' must be positive");
            }

            if (!(x[i] >= 0) || x[i] > n[i])
            {
                return HtestResult.Failed(x[i] < 0 ? "elements of 'x' must be nonnegative" : "elements of 'x' must not be greater than those of 'n'");
            }
        }

        if (p is not null && (p.Length != k || p.Any(v => !(v > 0 && v < 1))))
        {
            return HtestResult.Failed(p.Length != k ? "'p' must have the same length as 'x' and 'n'" : "elements of 'p' must be in (0,1)");
        }

        if (!(confLevel > 0 && confLevel < 1))
        {
            return HtestResult.Failed("'conf.level' must be a single number between 0 and 1");
        }

        bool nullGiven = p is not null;
        if (k > 2 || (k == 2 && nullGiven))
        {
            alternative = HtestAlternative.TwoSided;
        }

        if (k == 1 && p is null)
        {
            p = [0.5];
        }

        var est = new double[k];
        for (int i = 0; i < k; i++)
        {
            est[i] = x[i] / n[i];
        }

        double yates = correct && k <= 2 ? 0.5 : 0;
        HtestInterval? ci = null;
        double delta = double.NaN;
        double z = Normal.Quantile(alternative == HtestAlternative.TwoSided ? (1 + confLevel) / 2 : confLevel);
        if (k == 1)
        {
            yates = Math.Min(yates, Math.Abs(x[0] - n[0] * p![0]));
            double z22n = z * z / (2 * n[0]);
            double pc = est[0] + yates / n[0];
            double pu = pc >= 1 ? 1 : (pc + z22n + z * Math.Sqrt(pc * (1 - pc) / n[0] + z22n / (2 * n[0]))) / (1 + 2 * z22n);
            pc = est[0] - yates / n[0];
            double pl = pc <= 0 ? 0 : (pc + z22n - z * Math.Sqrt(pc * (1 - pc) / n[0] + z22n / (2 * n[0]))) / (1 + 2 * z22n);
            ci = alternative switch
            {
                HtestAlternative.Less => new HtestInterval(0, Math.Min(pu, 1), confLevel),
                HtestAlternative.Greater => new HtestInterval(Math.Max(pl, 0), 1, confLevel),
                _ => new HtestInterval(Math.Max(pl, 0), Math.Min(pu, 1), confLevel),
            };
        }
        else if (k == 2 && !nullGiven)
        {
            delta = est[0] - est[1];
            double sumInv = 1 / n[0] + 1 / n[1];
            yates = Math.Min(yates, Math.Abs(delta) / sumInv);
            double width = z * Math.Sqrt(est[0] * (1 - est[0]) / n[0] + est[1] * (1 - est[1]) / n[1]) + yates * sumInv;
            ci = alternative switch
            {
                HtestAlternative.Less => new HtestInterval(-1, Math.Min(delta + width, 1), confLevel),
                HtestAlternative.Greater => new HtestInterval(Math.Max(delta - width, -1), 1, confLevel),
                _ => new HtestInterval(Math.Max(delta - width, -1), Math.Min(delta + width, 1), confLevel),
            };
        }

        double[] p0;
        double df;
        if (p is null)
        {
            double pooled = x.Sum() / n.Sum();
            p0 = Enumerable.Repeat(pooled, k).ToArray();
            df = k - 1;
        }
        else
        {
            p0 = p;
            df = k;
        }

        bool small = false;
        double stat = 0;
        // Column-major over cbind(x, n − x) as R sums it.
        for (int col = 0; col < 2; col++)
        {
            for (int i = 0; i < k; i++)
            {
                double obs = col == 0 ? x[i] : n[i] - x[i];
                double e = col == 0 ? n[i] * p0[i] : n[i] * (1 - p0[i]);
                small |= e < 5;
                double dev = Math.Abs(obs - e) - yates;
                stat += dev * dev / e;
            }
        }

        double pval;
        if (alternative == HtestAlternative.TwoSided)
        {
            pval = ChiSquare.Cdf(stat, df, lowerTail: false);
        }
        else
        {
            double zz = Math.Sign(k == 1 ? est[0] - p0[0] : delta) * Math.Sqrt(stat);
            pval = Normal.Cdf(zz, lowerTail: alternative == HtestAlternative.Less);
        }

        string what = k == 1 ? "1-sample proportions test"
            : $"{k}-sample test for {(nullGiven ? "given" : "equality of")} proportions";
        var estimates = k == 1 ? new[] { new HtestValue("p", est[0]) }
            : est.Select((v, i) => new HtestValue($"prop {i + 1}", v)).ToArray();
        HtestValue[] nulls = k == 1 ? [new HtestValue("p", p0[0])]
            : nullGiven ? estimates.Select((e, i) => new HtestValue(e.Name, p0[i])).ToArray() : [];
        return new HtestResult
        {
            StatisticName = "X-squared",
            Statistic = stat,
            Parameters = [new HtestValue("df", df)],
            PValue = pval,
            ConfInt = ci,
            Estimates = estimates,
            NullValues = nulls,
            Alternative = alternative,
            Method = $"{what} {(yates != 0 ? "with" : "without")} continuity correction",
            Warnings = small ? ["Chi-squared approximation may be incorrect"] : [],
        };
    }
}
