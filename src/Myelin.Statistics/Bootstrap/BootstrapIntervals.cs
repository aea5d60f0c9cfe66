using Myelin.Statistics.Distributions;

namespace Myelin.Statistics.Bootstrap;

/// <summary>
/// Percentile and BCa limits (Efron 1987, "Better bootstrap confidence intervals", JASA 82:171–185) read from the
/// ordered replicates by interpolation on the normal-quantile scale (Davison &amp; Hinkley 1997, eq. 5.8), as boot's
/// <c>boot.ci</c> does: with rk = (R + 1)α, an integer rk takes the rk-th order statistic, otherwise t*₍k₎ and
/// t*₍k+1₎ (k = ⌊rk⌋) are joined linearly in Φ⁻¹ of k/(R + 1); rk outside (1, R) falls back to the extremes.
/// </summary>
internal static class BootstrapIntervals
{
    private const string ExtremeWarning = "extreme order statistics used as endpoints";

    public static BootstrapInterval Percentile(BootstrapSample b, double confLevel)
    {
        CheckLevel(confLevel);
        double[] t = SortedFinite(b);
        var warnings = new List<string>();
        double low = Interpolate(t, (1 - confLevel) / 2, warnings), high = Interpolate(t, (1 + confLevel) / 2, warnings);
        return new BootstrapInterval(low, high, confLevel, warnings.Distinct().ToArray());
    }

    /// <summary>
    /// BCa: bias correction w = Φ⁻¹(#{t* &lt; t0}/R) (strictly less), acceleration a from influence values, and
    /// adjusted levels Φ(w + (w + z_α)/(1 − a(w + z_α))).
    /// </summary>
    public static BootstrapInterval Bca(BootstrapSample b, double confLevel, AccelerationMethod method)
    {
        CheckLevel(confLevel);
        double[] t = SortedFinite(b);
        int below = 0;
        foreach (double v in t)
        {
            below += v < b.T0 ? 1 : 0;
        }

        double w = Normal.Quantile(below / (double)t.Length);
        if (!double.IsFinite(w))
        {
            throw new InvalidOperationException("estimated adjustment 'w' is infinite");
        }

        double a = InfluenceValues.Acceleration(b, method);
        var warnings = new List<string>();
        double Limit(double alpha)
        {
            double z = Normal.Quantile(alpha);
            return Interpolate(t, Normal.Cdf(w + (w + z) / (1 - a * (w + z))), warnings);
        }

        double low = Limit((1 - confLevel) / 2), high = Limit((1 + confLevel) / 2);
        return new BootstrapInterval(low, high, confLevel, warnings.Distinct().ToArray());
    }

    private static double Interpolate(double[] t, double alpha, List<string> warnings)
    {
        int r = t.Length;
        double rk = (r + 1) * alpha;
        if (!(rk > 1 && rk < r))
        {
            warnings.Add(ExtremeWarning);
        }

        double k = Math.Truncate(rk);
        if (k == 0)
        {
            return t[0];
        }

        if (k >= r)
        {
            return t[r - 1];
        }

        int ki = (int)k;
        if (k == rk)
        {
            return t[ki - 1];
        }

        double q = Normal.Quantile(alpha), qk = Normal.Quantile(k / (r + 1)), qk1 = Normal.Quantile((k + 1) / (r + 1));
        double tk = t[ki - 1], tk1 = t[ki];
        return tk + (q - qk) / (qk1 - qk) * (tk1 - tk);
    }

    private static double[] SortedFinite(BootstrapSample b)
    {
        double[] t = b.Replicates.Where(double.IsFinite).ToArray();
        if (t.Length < 2)
        {
            throw new InvalidOperationException("fewer than 2 finite bootstrap replicates");
        }

        if (t.All(v => v == t[0]))
        {
            throw new InvalidOperationException("All values of t are equal to " + t[0].ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "; cannot calculate confidence intervals");
        }

        Array.Sort(t);
        return t;
    }

    private static void CheckLevel(double confLevel)
    {
        if (!(confLevel > 0 && confLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confLevel), confLevel, "conf must be a number between 0 and 1");
        }
    }
}
