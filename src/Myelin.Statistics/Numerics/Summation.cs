using System.Numerics;
using System.Runtime.InteropServices;

namespace Myelin.Statistics.Numerics;

/// <summary>
/// Mean and variance to about the accuracy of R's long-double two-pass code, in one vectorised pass:
/// sums of d = x − K and d² around a shift K = x₀ (the shifted-data algorithm; Chan, Golub &amp; LeVeque 1983),
/// each accumulated with error-free TwoSum steps per SIMD lane (Knuth, TAOCP vol. 2, §4.2.2; Ogita, Rump &amp;
/// Oishi 2005). When the shift is far from the mean relative to the spread, a second, centred pass is used.
/// </summary>
internal static class Summation
{
    public static double Mean(ReadOnlySpan<double> x) => MeanVariance(x).Mean;

    /// <summary>Mean and the (n − 1)-denominator variance; variance is NaN for n &lt; 2.</summary>
    public static (double Mean, double Variance) MeanVariance(ReadOnlySpan<double> x)
    {
        int n = x.Length;
        if (n == 0)
        {
            return (double.NaN, double.NaN);
        }

        double k = x[0];
        var (s1, s2) = ShiftedSums(x, k);
        double mean = k + s1 / n;
        if (!double.IsFinite(mean))
        {
            return (Summation.PlainMean(x), double.NaN);
        }

        double ss = s2 - s1 * (s1 / n);
        if (n > 1 && !(s1 / n * (s1 / n) <= 1e3 * ss / n))
        {
            // The shift was far from the mean: centre on the mean and sum again.
            (s1, s2) = ShiftedSums(x, mean);
            mean += s1 / n;
            ss = s2 - s1 * (s1 / n);
        }

        return (mean, n > 1 ? Math.Max(ss, 0) / (n - 1) : double.NaN);
    }

    private static double PlainMean(ReadOnlySpan<double> x)
    {
        double s = 0;
        foreach (double v in x)
        {
            s += v;
        }

        return s / x.Length;
    }

    private static (double S1, double S2) ShiftedSums(ReadOnlySpan<double> x, double k)
    {
        int n = x.Length, i = 0;
        double s1 = 0, c1 = 0, s2 = 0, c2 = 0;
        if (Vector.IsHardwareAccelerated && n >= 4 * Vector<double>.Count)
        {
            var vk = new Vector<double>(k);
            Vector<double> vs1 = Vector<double>.Zero, vc1 = Vector<double>.Zero, vs2 = Vector<double>.Zero, vc2 = Vector<double>.Zero;
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            foreach (var v in vx)
            {
                var d = v - vk;
                TwoSum(ref vs1, ref vc1, d);
                TwoSum(ref vs2, ref vc2, d * d);
            }

            i = vx.Length * Vector<double>.Count;
            for (int lane = 0; lane < Vector<double>.Count; lane++)
            {
                Add(ref s1, ref c1, vs1[lane]);
                Add(ref s1, ref c1, vc1[lane]);
                Add(ref s2, ref c2, vs2[lane]);
                Add(ref s2, ref c2, vc2[lane]);
            }
        }

        for (; i < n; i++)
        {
            double d = x[i] - k;
            Add(ref s1, ref c1, d);
            Add(ref s2, ref c2, d * d);
        }

        return (s1 + c1, s2 + c2);
    }

    private static void TwoSum(ref Vector<double> s, ref Vector<double> c, Vector<double> v)
    {
        var t = s + v;
        var bp = t - s;
        c += (s - (t - bp)) + (v - bp);
        s = t;
    }

    private static void Add(ref double s, ref double c, double v)
    {
        double t = s + v;
        double bp = t - s;
        c += (s - (t - bp)) + (v - bp);
        s = t;
    }
}
