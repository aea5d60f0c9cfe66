using System.Collections.Concurrent;

namespace Myelin.Statistics.Distributions;

/// <summary>
/// The exact null distribution of Wilcoxon's signed-rank statistic V for n non-zero, untied differences:
/// counts of subsets of {1..n} by their sum, built by the classic subset-sum recursion (Wilcoxon 1945;
/// Hollander &amp; Wolfe, Nonparametric Statistical Methods, §3.1), each count an exact integer for n &lt; 53.
/// </summary>
public static class SignRank
{
    private static readonly ConcurrentDictionary<int, double[]> Cache = new();

    /// <summary>P(V ≤ q) (or P(V &gt; q)); q is rounded to the nearest integer after adding 1e-7, as R ≤ 4.5 does.</summary>
    public static double Cdf(double q, int n, bool lowerTail = true)
    {
        if (double.IsNaN(q) || n <= 0)
        {
            return double.NaN;
        }

        double x = Math.Round(q + 1e-7, MidpointRounding.ToEven);
        int total = n * (n + 1) / 2;
        if (x < 0)
        {
            return lowerTail ? 0 : 1;
        }

        if (x >= total)
        {
            return lowerTail ? 1 : 0;
        }

        double[] c = Counts(n);
        double scale = Math.ScaleB(1.0, -n);
        int k = (int)x;
        // Sum the shorter side: P(V ≤ k) directly, or P(V > k) = P(V ≤ total − k − 1) by symmetry.
        bool lowerIsShort = k <= total / 2.0;
        double s = 0;
        int upto = lowerIsShort ? k : total - k - 1;
        for (int i = 0; i <= upto; i++)
        {
            s += c[i];
        }

        double p = s * scale;
        return lowerIsShort == lowerTail ? p : 1 - p;
    }

    /// <summary>P(V = x).</summary>
    public static double Density(double x, int n)
    {
        int total = n * (n + 1) / 2;
        double r = Math.Round(x);
        if (Math.Abs(x - r) > 1e-7 || r < 0 || r > total)
        {
            return 0;
        }

        return Counts(n)[(int)r] * Math.ScaleB(1.0, -n);
    }

    /// <summary>The smallest q with P(V ≤ q) ≥ p, with a 10·DBL_EPSILON fuzz as R applies.</summary>
    public static double Quantile(double p, int n, bool lowerTail = true)
    {
        if (double.IsNaN(p) || p < 0 || p > 1 || n <= 0)
        {
            return double.NaN;
        }

        double pl = lowerTail ? p : 1 - p;
        int total = n * (n + 1) / 2;
        double[] c = Counts(n);
        double scale = Math.ScaleB(1.0, -n);
        return QuantileWalk(c, scale, pl, total);
    }

    internal static double QuantileWalk(double[] counts, double scale, double pl, int total)
    {
        const double fuzz = 10 * 2.220446049250313e-16;
        double cum = 0;
        if (pl <= 0.5)
        {
            double target = pl - fuzz;
            for (int q = 0; q <= total; q++)
            {
                cum += counts[q] * scale;
                if (cum >= target)
                {
                    return q;
                }
            }

            return total;
        }

        double upper = 1 - pl + fuzz;
        for (int q = 0; q <= total; q++)
        {
            cum += counts[q] * scale;
            if (cum > upper)
            {
                return total - q;
            }
        }

        return 0;
    }

    /// <summary>Number of subsets of {1..n} with each sum 0..n(n+1)/2.</summary>
    internal static double[] Counts(int n) => Cache.GetOrAdd(n, static n =>
    {
        int total = n * (n + 1) / 2;
        var w = new double[total + 1];
        w[0] = 1;
        for (int t = 1; t <= n; t++)
        {
            int top = t * (t + 1) / 2;
            for (int s = top; s >= t; s--)
            {
                w[s] += w[s - t];
            }
        }

        return w;
    });
}
