namespace Myelin.Statistics.Distributions;

/// <summary>
/// The hypergeometric distribution: x white balls in k draws from an urn with m white and n black balls.
/// The mass is Loader's ratio of binomial saddle-point terms (Loader 2000), which keeps full relative precision.
/// </summary>
public static class Hypergeometric
{
    /// <summary>P(X = x).</summary>
    public static double Density(double x, double m, double n, double k) => Math.Exp(LogDensity(x, m, n, k));

    /// <summary>ln P(X = x).</summary>
    public static double LogDensity(double x, double m, double n, double k)
    {
        if (x < 0 || x > k || x > m || k - x > n)
        {
            return double.NegativeInfinity;
        }

        if (k == 0)
        {
            return x == 0 ? 0 : double.NegativeInfinity;
        }

        double total = m + n;
        double p = k / total, q = (total - k) / total;
        return Binomial.LogDensity(x, m, p, q) + Binomial.LogDensity(k - x, n, p, q)
            - Binomial.LogDensity(k, total, p, q);
    }

    /// <summary>P(X ≤ q) (or P(X &gt; q)), summing the mass of the requested tail directly.</summary>
    public static double Cdf(double q, double m, double n, double k, bool lowerTail = true)
    {
        q = Math.Floor(q + 1e-7);
        double lo = Math.Max(0, k - n), hi = Math.Min(k, m);
        double s = 0;
        if (lowerTail)
        {
            for (double x = lo; x <= Math.Min(q, hi); x++)
            {
                s += Density(x, m, n, k);
            }
        }
        else
        {
            for (double x = Math.Max(q + 1, lo); x <= hi; x++)
            {
                s += Density(x, m, n, k);
            }
        }

        return Math.Min(s, 1);
    }
}
