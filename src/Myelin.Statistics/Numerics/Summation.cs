using System.Runtime.CompilerServices;
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

    /// <summary>Mean and variance of x − y without materialising the differences (NaN if any value is NaN).</summary>
    public static (double Mean, double Variance) MeanVarianceOfDifferences(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = x.Length;
        double k = x[0] - y[0];
        var (s1, s2) = ShiftedSums(x, y, k);
        double mean = k + s1 / n;
        double ss = s2 - s1 * (s1 / n);
        if (double.IsFinite(mean) && n > 1 && !(s1 / n * (s1 / n) <= 1e3 * ss / n))
        {
            (s1, s2) = ShiftedSums(x, y, mean);
            mean += s1 / n;
            ss = s2 - s1 * (s1 / n);
        }

        return (mean, n > 1 ? Math.Max(ss, 0) / (n - 1) : double.NaN);
    }

    /// <summary>Mean and the (n − 1)-denominator variance; variance is NaN for n &lt; 2.</summary>
    public static (double Mean, double Variance) MeanVariance(ReadOnlySpan<double> x)
    {
        int n = x.Length;
        if (n == 0)
        {
            return (double.NaN, double.NaN);
        }

        double k = x[0];
        var (s1, s2) = ShiftedSums(x, default, k);
        double mean = k + s1 / n;
        if (!double.IsFinite(mean))
        {
            return (Summation.PlainMean(x), double.NaN);
        }

        double ss = s2 - s1 * (s1 / n);
        if (n > 1 && !(s1 / n * (s1 / n) <= 1e3 * ss / n))
        {
            // The shift was far from the mean: centre on the mean and sum again.
            (s1, s2) = ShiftedSums(x, default, mean);
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

    /// <summary>Σ(v − k) and Σ(v − k)² with v = x (or x − y when <paramref name="y"/> is not empty).</summary>
    // Hot loop: compile optimised at once rather than through the tiers (benchmarks call it only a few times).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double S1, double S2) ShiftedSums(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double k)
    {
        bool diff = !y.IsEmpty;
        int n = x.Length, i = 0, w = Vector<double>.Count;
        double s1 = 0, c1 = 0, s2 = 0, c2 = 0;
        if (Vector.IsHardwareAccelerated && n >= 4 * w)
        {
            var vk = new Vector<double>(k);
            // Two independent accumulator sets halve the TwoSum dependency chain.
            Vector<double> a1 = default, e1 = default, a2 = default, e2 = default;
            Vector<double> b1 = default, f1 = default, b2 = default, f2 = default;
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            var vy = diff ? MemoryMarshal.Cast<double, Vector<double>>(y) : default;
            int m = vx.Length, j = 0;
            for (; j + 1 < m; j += 2)
            {
                var d = (diff ? vx[j] - vy[j] : vx[j]) - vk;
                var g = (diff ? vx[j + 1] - vy[j + 1] : vx[j + 1]) - vk;
                TwoSum(ref a1, ref e1, d);
                TwoSum(ref a2, ref e2, d * d);
                TwoSum(ref b1, ref f1, g);
                TwoSum(ref b2, ref f2, g * g);
            }

            for (; j < m; j++)
            {
                var d = (diff ? vx[j] - vy[j] : vx[j]) - vk;
                TwoSum(ref a1, ref e1, d);
                TwoSum(ref a2, ref e2, d * d);
            }

            i = m * w;
            for (int lane = 0; lane < w; lane++)
            {
                Add(ref s1, ref c1, a1[lane]);
                Add(ref s1, ref c1, b1[lane]);
                Add(ref s1, ref c1, e1[lane] + f1[lane]);
                Add(ref s2, ref c2, a2[lane]);
                Add(ref s2, ref c2, b2[lane]);
                Add(ref s2, ref c2, e2[lane] + f2[lane]);
            }
        }

        for (; i < n; i++)
        {
            double d = (diff ? x[i] - y[i] : x[i]) - k;
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
