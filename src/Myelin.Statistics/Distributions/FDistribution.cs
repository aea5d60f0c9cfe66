using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Distributions;

/// <summary>
/// Fisher's F distribution with (df1, df2) degrees of freedom; both tails directly from the incomplete beta
/// function: P(F ≤ x) = I_{d1x/(d1x+d2)}(d1/2, d2/2).
/// </summary>
public static class FDistribution
{
    /// <summary>P(F ≤ x), or P(F &gt; x) when <paramref name="lowerTail"/> is false.</summary>
    public static double Cdf(double x, double df1, double df2, bool lowerTail = true)
    {
        if (double.IsNaN(x) || double.IsNaN(df1) || double.IsNaN(df2) || df1 <= 0 || df2 <= 0)
        {
            return double.NaN;
        }

        if (x <= 0)
        {
            return lowerTail ? 0 : 1;
        }

        if (double.IsPositiveInfinity(x))
        {
            return lowerTail ? 1 : 0;
        }

        double num = df1 * x;
        return IncompleteBeta.Regularized(num / (num + df2), df2 / (num + df2), df1 / 2, df2 / 2, lowerTail);
    }

    /// <summary>The density at x.</summary>
    public static double Density(double x, double df1, double df2)
    {
        if (double.IsNaN(x) || df1 <= 0 || df2 <= 0)
        {
            return double.NaN;
        }

        if (x <= 0)
        {
            return 0;
        }

        double num = df1 * x, u = num / (num + df2), v = df2 / (num + df2);
        // f(x) = u^(d1/2) v^(d2/2) / B(d1/2, d2/2) / x.
        return Math.Exp(IncompleteBeta.LogFront(u, v, df1 / 2, df2 / 2)) / x;
    }

    /// <summary>The x with P(F ≤ x) = p (or P(F &gt; x) = p).</summary>
    public static double Quantile(double p, double df1, double df2, bool lowerTail = true)
    {
        if (double.IsNaN(p) || df1 <= 0 || df2 <= 0 || p < 0 || p > 1)
        {
            return double.NaN;
        }

        if (lowerTail ? p == 0 : p == 1)
        {
            return 0;
        }

        if (lowerTail ? p == 1 : p == 0)
        {
            return double.PositiveInfinity;
        }

        return RootSearch.Monotone(x => Cdf(x, df1, df2, lowerTail), x => Density(x, df1, df2) * (lowerTail ? 1 : -1),
            p, 1, 0, double.PositiveInfinity);
    }
}
