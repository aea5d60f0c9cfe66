using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Distributions;

/// <summary>
/// The central Student t distribution with <c>df</c> degrees of freedom (fractional df allowed, as Welch needs).
/// CDF through the incomplete beta function, choosing the argument as R documents (statistics.md §1.1) so that
/// each tail is computed directly; quantile from Hill's approximation (Hill 1970, CACM Algorithm 396) refined by
/// safeguarded Newton steps on the directly computed tail probability.
/// </summary>
public static class StudentT
{
    /// <summary>P(T ≤ x), or P(T &gt; x) when <paramref name="lowerTail"/> is false.</summary>
    public static double Cdf(double x, double df, bool lowerTail = true)
    {
        if (double.IsNaN(x) || double.IsNaN(df) || df <= 0)
        {
            return double.NaN;
        }

        if (double.IsInfinity(x))
        {
            return (x < 0) == lowerTail ? 0 : 1;
        }

        if (double.IsPositiveInfinity(df))
        {
            return Normal.Cdf(x, 0, 1, lowerTail);
        }

        double half = TwoSidedHalf(Math.Abs(x), df);
        // half = P(T > |x|); the requested tail is that one when its side matches the sign of x.
        bool wantSmall = (x > 0) != lowerTail;
        if (x == 0)
        {
            return 0.5;
        }

        return wantSmall ? half : 1 - half;
    }

    /// <summary>The density of T at x.</summary>
    public static double Density(double x, double df)
    {
        if (double.IsNaN(x) || double.IsNaN(df) || df <= 0)
        {
            return double.NaN;
        }

        if (double.IsPositiveInfinity(df))
        {
            return Normal.Density(x);
        }

        if (double.IsInfinity(x))
        {
            return 0;
        }

        // Γ((ν+1)/2)/Γ(ν/2) via Stirling's series for large ν keeps full precision.
        double h = df / 2;
        double logRatio = h >= 10
            ? 0.5 * Math.Log(h) + LogGammaRatioHalf(h)
            : Stirling.GammaLn(h + 0.5) - Stirling.GammaLn(h);
        double logKernel = -(df + 1) / 2 * Precise.Log1p(x * x / df);
        return Math.Exp(logRatio + logKernel) / Math.Sqrt(df * Math.PI);
    }

    /// <summary>The x with P(T ≤ x) = p, or P(T &gt; x) = p when <paramref name="lowerTail"/> is false.</summary>
    public static double Quantile(double p, double df, bool lowerTail = true)
    {
        if (double.IsNaN(p) || double.IsNaN(df) || df <= 0 || p < 0 || p > 1)
        {
            return double.NaN;
        }

        if (double.IsPositiveInfinity(df))
        {
            return Normal.Quantile(p, 0, 1, lowerTail);
        }

        // Reduce to an upper-tail probability P ≤ ½ (1 − p is exact for p ≥ ½) and a sign.
        bool small = p < 0.5;
        double tail = small ? p : 1 - p;
        double sign = small == lowerTail ? -1 : 1;
        if (tail == 0.5)
        {
            return 0;
        }

        if (tail == 0)
        {
            return sign * double.PositiveInfinity;
        }

        return sign * UpperQuantile(tail, df);
    }

    /// <summary>P(T &gt; t) for t ≥ 0, following R's choice of incomplete-beta argument.</summary>
    private static double TwoSidedHalf(double t, double df)
    {
        double t2 = t * t;
        double p;
        if (df > t2)
        {
            // P(|T| > t) = 1 − I_{t²/(ν+t²)}(½, ν/2).
            p = IncompleteBeta.Regularized(t2 / (df + t2), df / (df + t2), 0.5, df / 2, lowerTail: false);
        }
        else
        {
            // P(|T| > t) = I_{ν/(ν+t²)}(ν/2, ½).
            double x = 1 / (1 + t2 / df);
            double y = t2 / (df + t2);
            if (double.IsInfinity(t2))
            {
                return 0;
            }

            p = IncompleteBeta.Regularized(x, y, df / 2, 0.5, lowerTail: true);
        }

        return p / 2;
    }

    private static double LogGammaRatioHalf(double h)
    {
        // ln Γ(h + ½) − ln Γ(h) − ½ ln h, by Stirling: (h)·ln(1 + 1/(2h)) − ½ + δ(h + ½) − δ(h).
        return h * Precise.Log1p(0.5 / h) - 0.5 + Stirling.Error(h + 0.5) - Stirling.Error(h);
    }

    private static double UpperQuantile(double tail, double df)
    {
        if (df == 1)
        {
            // Cauchy: P(T > x) = ½ − atan(x)/π, so x = cot(π·P), exact in the tail.
            return 1 / Math.Tan(Math.PI * tail);
        }

        double x = HillStart(tail, df);
        if (!(x > 0) || double.IsInfinity(x))
        {
            x = 1;
        }

        // Safeguarded Newton on ln P(T > x): the bracket [lo, hi] always holds the root.
        double lo = 0, hi = double.PositiveInfinity;
        double logTarget = Math.Log(tail);
        for (int i = 0; i < 200; i++)
        {
            double up = TwoSidedHalf(x, df);
            if (up > tail)
            {
                lo = x;
            }
            else
            {
                hi = x;
            }

            double dens = Density(x, df);
            double step = up > 0 && dens > 0 ? (Math.Log(up) - logTarget) * up / dens : double.NaN;
            double next = x + step;
            if (!(next > lo && next < hi))
            {
                next = double.IsPositiveInfinity(hi) ? Math.Max(2 * x, lo + 1) : (lo + hi) / 2;
            }

            if (Math.Abs(next - x) <= 4e-16 * Math.Abs(next))
            {
                return next;
            }

            x = next;
        }

        return x;
    }

    /// <summary>Hill (1970) starting value for the upper-tail quantile.</summary>
    private static double HillStart(double tail, double df)
    {
        double p = 2 * tail; // Hill works with the two-sided probability.
        double a = 1 / (df - 0.5);
        double b = 48 / (a * a);
        double c = ((20700 * a / b - 98) * a - 16) * a + 96.36;
        double d = ((94.5 / (b + c) - 3) / b + 1) * Math.Sqrt(a * Math.PI / 2) * df;
        double x = d * p;
        double y = Math.Pow(x, 2 / df);
        if (y > 0.05 + a)
        {
            x = Normal.Quantile(0.5 * p);
            y = x * x;
            if (df < 5)
            {
                c += 0.3 * (df - 4.5) * (x + 0.6);
            }

            c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
            y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
            y = Precise.Expm1(a * y * y);
        }
        else
        {
            y = ((1 / (((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3) + 0.5 / (df + 4)) * y - 1)
                * (df + 1) / (df + 2) + 1 / y;
        }

        return Math.Sqrt(df * y);
    }
}
