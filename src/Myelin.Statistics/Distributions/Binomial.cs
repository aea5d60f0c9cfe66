using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Distributions;

/// <summary>
/// The binomial distribution. The probability mass uses Loader's saddle-point form (C. Loader, "Fast and accurate
/// computation of binomial probabilities", 2000), accurate to full relative precision even far in the tails; the
/// CDF uses the incomplete beta identity P(X ≤ k) = I_{1−p}(n − k, k + 1), both tails directly.
/// </summary>
public static class Binomial
{
    private const double LogTwoPi = 1.8378770664093454836;

    /// <summary>P(X = x) for X ~ Bin(n, p).</summary>
    public static double Density(double x, double n, double p) => Math.Exp(LogDensity(x, n, p, 1 - p));

    /// <summary>ln P(X = x), with q = 1 − p passed so that it stays exact.</summary>
    public static double LogDensity(double x, double n, double p, double q)
    {
        if (p == 0)
        {
            return x == 0 ? 0 : double.NegativeInfinity;
        }

        if (q == 0)
        {
            return x == n ? 0 : double.NegativeInfinity;
        }

        if (x < 0 || x > n)
        {
            return double.NegativeInfinity;
        }

        if (x == 0)
        {
            if (n == 0)
            {
                return 0;
            }

            return p < 0.1 ? -DevianceTerm(n, n * q) - n * p : n * Math.Log(q);
        }

        if (x == n)
        {
            return q < 0.1 ? -DevianceTerm(n, n * p) - n * q : n * Math.Log(p);
        }

        double lc = Stirling.Error(n) - Stirling.Error(x) - Stirling.Error(n - x)
            - DevianceTerm(x, n * p) - DevianceTerm(n - x, n * q);
        double lf = LogTwoPi + Math.Log(x) + Precise.Log1p(-x / n);
        return lc - 0.5 * lf;
    }

    /// <summary>P(X ≤ k) (or P(X &gt; k)).</summary>
    public static double Cdf(double k, double n, double p, bool lowerTail = true)
    {
        if (double.IsNaN(k) || double.IsNaN(n) || double.IsNaN(p) || p < 0 || p > 1 || n < 0)
        {
            return double.NaN;
        }

        k = Math.Floor(k + 1e-7);
        if (k < 0)
        {
            return lowerTail ? 0 : 1;
        }

        if (k >= n)
        {
            return lowerTail ? 1 : 0;
        }

        return IncompleteBeta.Regularized(1 - p, p, n - k, k + 1, lowerTail);
    }

    /// <summary>Loader's deviance term bd0(x, np) = x ln(x/np) + np − x, by series when x ≈ np.</summary>
    internal static double DevianceTerm(double x, double np)
    {
        if (Math.Abs(x - np) < 0.1 * (x + np))
        {
            double v = (x - np) / (x + np);
            double s = (x - np) * v;
            double ej = 2 * x * v;
            v *= v;
            for (int j = 1; j < 1000; j++)
            {
                ej *= v;
                double s1 = s + ej / (2 * j + 1);
                if (s1 == s)
                {
                    return s1;
                }

                s = s1;
            }

            return s;
        }

        return x * Math.Log(x / np) + np - x;
    }
}
