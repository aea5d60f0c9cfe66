using MathNet.Numerics;

namespace Myelin.Statistics.Distributions;

/// <summary>
/// The normal distribution N(mean, sd²). The CDF uses the complementary error function (MathNet's Boost-derived
/// erfc, ≤ 3e-14 relative to R's Cody algorithm; statistics.md §11); the quantile is Wichura's AS 241 (PPND16,
/// Applied Statistics 37:477, 1988), the algorithm R's qnorm uses, accurate to about 1e-16.
/// </summary>
public static class Normal
{
    private const double Sqrt2 = 1.4142135623730950488;
    private const double InvSqrt2Pi = 0.39894228040143267794;

    /// <summary>P(X ≤ x) (or P(X &gt; x) when <paramref name="lowerTail"/> is false), each tail computed directly.</summary>
    public static double Cdf(double x, double mean = 0, double sd = 1, bool lowerTail = true)
    {
        if (double.IsNaN(x) || double.IsNaN(mean) || double.IsNaN(sd) || sd < 0)
        {
            return double.NaN;
        }

        double z = (x - mean) / sd;
        if (double.IsNaN(z))
        {
            return double.NaN;
        }

        // Upper tail Φ̄(z) = erfc(z/√2)/2; lower tail Φ(z) = Φ̄(−z).
        double arg = lowerTail ? -z : z;
        return 0.5 * SpecialFunctions.Erfc(arg / Sqrt2);
    }

    /// <summary>Density φ((x − mean)/sd)/sd.</summary>
    public static double Density(double x, double mean = 0, double sd = 1)
    {
        double z = (x - mean) / sd;
        return InvSqrt2Pi * Math.Exp(-0.5 * z * z) / sd;
    }

    /// <summary>The x with P(X ≤ x) = p (or P(X &gt; x) = p when <paramref name="lowerTail"/> is false); AS 241.</summary>
    public static double Quantile(double p, double mean = 0, double sd = 1, bool lowerTail = true)
    {
        if (double.IsNaN(p) || double.IsNaN(mean) || double.IsNaN(sd) || p < 0 || p > 1 || sd < 0)
        {
            return double.NaN;
        }

        if (p == 0)
        {
            return lowerTail ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (p == 1)
        {
            return lowerTail ? double.PositiveInfinity : double.NegativeInfinity;
        }

        // Work with the lower-tail probability and its complement, both exact or direct.
        double pLow = lowerTail ? p : 1 - p;
        double pUp = lowerTail ? 1 - p : p;
        double q = pLow - 0.5;
        double z;
        if (Math.Abs(q) <= 0.425)
        {
            double r = 0.180625 - q * q;
            z = q * (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r
                        + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                        + 133.14166789178437745) * r + 3.387132872796366608)
                / (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r
                        + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                        + 42.313330701600911252) * r + 1.0);
        }
        else
        {
            double r = q < 0 ? (lowerTail ? p : pLow) : (lowerTail ? pUp : p);
            r = Math.Sqrt(-Math.Log(r));
            if (r <= 5)
            {
                r -= 1.6;
                z = (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
                            + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r
                            + 4.6303378461565452959) * r + 1.42343711074968357734)
                    / (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
                            + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r
                            + 2.05319162663775882187) * r + 1.0);
            }
            else
            {
                r -= 5;
                z = (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
                            + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r
                            + 5.4637849111641143699) * r + 6.6579046435011037772)
                    / (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
                            + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r
                            + 0.59983220655588793769) * r + 1.0);
            }

            if (q < 0)
            {
                z = -z;
            }
        }

        return mean + sd * z;
    }
}
