using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Distributions;

/// <summary>
/// The chi-square distribution, as a gamma distribution with shape df/2 and scale 2; both tails come directly
/// from the regularized incomplete gamma function (<see cref="IncompleteGamma"/>).
/// </summary>
public static class ChiSquare
{
    /// <summary>P(X ≤ x), or P(X &gt; x) when <paramref name="lowerTail"/> is false.</summary>
    public static double Cdf(double x, double df, bool lowerTail = true)
    {
        if (double.IsNaN(x) || double.IsNaN(df) || df < 0)
        {
            return double.NaN;
        }

        return IncompleteGamma.Regularized(df / 2, x / 2, lowerTail);
    }

    /// <summary>The density at x.</summary>
    public static double Density(double x, double df)
    {
        if (double.IsNaN(x) || double.IsNaN(df) || df <= 0)
        {
            return double.NaN;
        }

        if (x < 0)
        {
            return 0;
        }

        if (x == 0)
        {
            return df < 2 ? double.PositiveInfinity : (df == 2 ? 0.5 : 0);
        }

        // f(x) = (x/2)^(k/2) e^(−x/2) / Γ(k/2) / x.
        return Math.Exp(IncompleteGamma.LogFront(df / 2, x / 2)) / x;
    }

    /// <summary>The x with P(X ≤ x) = p (or P(X &gt; x) = p), by safeguarded Newton iteration on the direct tail.</summary>
    public static double Quantile(double p, double df, bool lowerTail = true)
    {
        if (double.IsNaN(p) || double.IsNaN(df) || df <= 0 || p < 0 || p > 1)
        {
            return double.NaN;
        }

        bool atLowEnd = lowerTail ? p == 0 : p == 1;
        bool atHighEnd = lowerTail ? p == 1 : p == 0;
        if (atLowEnd)
        {
            return 0;
        }

        if (atHighEnd)
        {
            return double.PositiveInfinity;
        }

        // Wilson–Hilferty start (Wilson & Hilferty 1931).
        double z = Normal.Quantile(p, 0, 1, lowerTail);
        double h = 2 / (9 * df);
        double start = df * Math.Pow(Math.Max(1 - h + z * Math.Sqrt(h), 0.01), 3);
        return RootSearch.Monotone(x => Cdf(x, df, lowerTail), x => Density(x, df) * (lowerTail ? 1 : -1),
            p, start, 0, double.PositiveInfinity);
    }
}
