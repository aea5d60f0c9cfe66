using Myelin.Statistics.Distributions;
using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Tests;

/// <summary>
/// Fisher's exact test for a 2×2 table (Fisher 1935) with R's <c>fisher.test</c> semantics: the two-sided p-value
/// sums the probabilities not above the observed one (1e-7 relative fuzz), the estimate is the conditional maximum
/// likelihood odds ratio and the interval inverts the noncentral hypergeometric tails (Cornfield 1956; Agresti,
/// Categorical Data Analysis, §3.5), each root found with R's zeroin at uniroot's default tolerance.
/// </summary>
public static class FisherTest
{
    private const double Eps = 2.220446049250313e-16;

    /// <summary>Runs fisher.test on a 2×2 table given row by row.</summary>
    public static HtestResult Run(double[][] table, HtestAlternative alternative = HtestAlternative.TwoSided,
        double confLevel = 0.95, bool confInt = true, double or = 1)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (ContingencyTable.Check(table, 2, 2) is string bad)
        {
            return HtestResult.Failed(bad);
        }

        if (!(or >= 0) || double.IsNaN(or))
        {
            return HtestResult.Failed("'or' must be a single number between 0 and Inf");
        }

        if (confInt && !(confLevel > 0 && confLevel < 1))
        {
            return HtestResult.Failed("'conf.level' must be a single number between 0 and 1");
        }

        double a = Math.Round(table[0][0]), b = Math.Round(table[0][1]), c = Math.Round(table[1][0]), d = Math.Round(table[1][1]);
        var h = new Noncentral(m: a + c, n: b + d, k: a + b, x: a);
        double p = alternative switch
        {
            HtestAlternative.Less => h.P(or, upper: false),
            HtestAlternative.Greater => h.P(or, upper: true),
            _ => h.TwoSided(or),
        };
        p = Math.Max(0, Math.Min(1, p));
        HtestInterval? ci = null;
        if (confInt)
        {
            ci = alternative switch
            {
                HtestAlternative.Less => new HtestInterval(0, h.Upper(1 - confLevel), confLevel),
                HtestAlternative.Greater => new HtestInterval(h.Lower(1 - confLevel), double.PositiveInfinity, confLevel),
                _ => new HtestInterval(h.Lower((1 - confLevel) / 2), h.Upper((1 - confLevel) / 2), confLevel),
            };
        }

        return new HtestResult
        {
            PValue = p,
            ConfInt = ci,
            Estimates = [new HtestValue("odds ratio", h.Mle())],
            NullValues = [new HtestValue("odds ratio", or)],
            Alternative = alternative,
            Method = "Fisher's Exact Test for Count Data",
        };
    }

    /// <summary>The conditional distribution of cell [1,1] given the margins, with odds ratio ψ.</summary>
    private sealed class Noncentral
    {
        private readonly double m, n, k, x, lo, hi;
        private readonly double[] logdc;

        public Noncentral(double m, double n, double k, double x)
        {
            this.m = m;
            this.n = n;
            this.k = k;
            this.x = x;
            lo = Math.Max(0, k - n);
            hi = Math.Min(k, m);
            logdc = new double[(int)(hi - lo) + 1];
            for (int i = 0; i < logdc.Length; i++)
            {
                logdc[i] = Hypergeometric.LogDensity(lo + i, m, n, k);
            }
        }

        private double[] Density(double ncp)
        {
            var d = new double[logdc.Length];
            double lg = Math.Log(ncp), max = double.NegativeInfinity;
            for (int i = 0; i < d.Length; i++)
            {
                d[i] = logdc[i] + lg * (lo + i);
                max = Math.Max(max, d[i]);
            }

            double sum = 0;
            for (int i = 0; i < d.Length; i++)
            {
                d[i] = Math.Exp(d[i] - max);
                sum += d[i];
            }

            for (int i = 0; i < d.Length; i++)
            {
                d[i] /= sum;
            }

            return d;
        }

        private double Mean(double ncp)
        {
            if (ncp == 0)
            {
                return lo;
            }

            if (double.IsPositiveInfinity(ncp))
            {
                return hi;
            }

            double[] d = Density(ncp);
            double s = 0;
            for (int i = 0; i < d.Length; i++)
            {
                s += (lo + i) * d[i];
            }

            return s;
        }

        public double P(double ncp, bool upper)
        {
            if (ncp == 1)
            {
                return upper ? Hypergeometric.Cdf(x - 1, m, n, k, lowerTail: false) : Hypergeometric.Cdf(x, m, n, k);
            }

            if (ncp == 0)
            {
                return (upper ? x <= lo : x >= lo) ? 1 : 0;
            }

            if (double.IsPositiveInfinity(ncp))
            {
                return (upper ? x <= hi : x >= hi) ? 1 : 0;
            }

            double[] d = Density(ncp);
            double s = 0;
            for (int i = 0; i < d.Length; i++)
            {
                double q = lo + i;
                if (upper ? q >= x : q <= x)
                {
                    s += d[i];
                }
            }

            return s;
        }

        public double TwoSided(double or)
        {
            if (or == 0)
            {
                return x == lo ? 1 : 0;
            }

            if (double.IsPositiveInfinity(or))
            {
                return x == hi ? 1 : 0;
            }

            double[] d = Density(or);
            double limit = d[(int)(x - lo)] * (1 + 1e-7);
            double s = 0;
            foreach (double v in d)
            {
                if (v <= limit)
                {
                    s += v;
                }
            }

            return s;
        }

        private static double Root(Func<double, double> f, double a, double b)
            => Zeroin.Find(f, a, b, f(a), f(b)).Root;

        public double Mle()
        {
            if (x == lo)
            {
                return 0;
            }

            if (x == hi)
            {
                return double.PositiveInfinity;
            }

            double mu = Mean(1);
            if (mu > x)
            {
                return Root(t => Mean(t) - x, 0, 1);
            }

            if (mu < x)
            {
                return 1 / Root(t => Mean(1 / t) - x, Eps, 1);
            }

            return 1;
        }

        public double Upper(double alpha)
        {
            if (x == hi)
            {
                return double.PositiveInfinity;
            }

            double p = P(1, upper: false);
            if (p < alpha)
            {
                return Root(t => P(t, upper: false) - alpha, 0, 1);
            }

            if (p > alpha)
            {
                return 1 / Root(t => P(1 / t, upper: false) - alpha, Eps, 1);
            }

            return 1;
        }

        public double Lower(double alpha)
        {
            if (x == lo)
            {
                return 0;
            }

            double p = P(1, upper: true);
            if (p > alpha)
            {
                return Root(t => P(t, upper: true) - alpha, 0, 1);
            }

            if (p < alpha)
            {
                return 1 / Root(t => P(1 / t, upper: true) - alpha, Eps, 1);
            }

            return 1;
        }
    }
}
