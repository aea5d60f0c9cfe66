namespace Myelin.Statistics.Numerics;

/// <summary>
/// Stirling-series helpers that keep the prefactors of the incomplete beta and gamma functions accurate for large
/// parameters (DiDonato &amp; Morris 1986, 1992; Temme 1987): writing the power terms around their saddle point
/// avoids the cancellation of huge log-gamma values.
/// </summary>
internal static class Stirling
{
    private const double HalfLogTwoPi = 0.91893853320467274178;

    /// <summary>Stirling error δ(z) = lnΓ(z) − [(z − ½)ln z − z + ½ln 2π]; series valid for z ≥ 10.</summary>
    public static double Error(double z)
    {
        if (z < 10)
        {
            return MathNet.Numerics.SpecialFunctions.GammaLn(z) - ((z - 0.5) * Math.Log(z) - z + HalfLogTwoPi);
        }

        double r = 1 / z, r2 = r * r;
        // Asymptotic series with Bernoulli-number coefficients (Abramowitz & Stegun 6.1.41).
        return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680 - r2 * (1.0 / 1188
            - r2 * (691.0 / 360360 - r2 / 156))))));
    }

    /// <summary>φ(u) = u − ln(1 + u), accurate near 0 (series in v = u/(2 + u)).</summary>
    public static double UMinusLog1p(double u)
    {
        if (Math.Abs(u) > 0.5)
        {
            return u - Precise.Log1p(u);
        }

        double v = u / (2 + u), v2 = v * v;
        // ln(1+u) = 2 atanh(v) and u − 2v = 2v²/(1 − v).
        double sum = 0, term = v * v2;
        for (int k = 3; k < 200; k += 2)
        {
            double add = term / k;
            sum += add;
            if (Math.Abs(add) <= 1e-17 * Math.Abs(sum))
            {
                break;
            }

            term *= v2;
        }

        return 2 * v2 / (1 - v) - 2 * sum;
    }

    /// <summary>ln Γ(x), from MathNet (Lanczos; ≈1e-15 relative) below 10 and Stirling's series above.</summary>
    public static double GammaLn(double x)
        => x < 10 ? MathNet.Numerics.SpecialFunctions.GammaLn(x) : (x - 0.5) * Math.Log(x) - x + HalfLogTwoPi + Error(x);
}
