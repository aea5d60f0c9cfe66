namespace Myelin.Statistics.Descriptive;

/// <summary>
/// Sample quantiles as R computes them: <c>quantile(x, p, type = 7)</c> (Hyndman &amp; Fan 1996, definition 7:
/// with h = (n − 1)p, the value (1 − γ)·x₍ⱼ₎ + γ·x₍ⱼ₊₁₎ of the order statistics, j = ⌊h⌋ + 1, γ = h − ⌊h⌋) and
/// <c>median()</c> (the mean of the two middle values when n is even).
/// </summary>
public static class Quantiles
{
    /// <summary>The type-7 quantile of an already sorted (ascending) sample; NaN for an empty sample.</summary>
    /// <param name="sorted">The sample in ascending order, without NaN.</param>
    /// <param name="p">Probability in [0, 1].</param>
    public static double Type7Sorted(ReadOnlySpan<double> sorted, double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "a probability must lie in [0, 1]");
        }

        int n = sorted.Length;
        if (n == 0)
        {
            return double.NaN;
        }

        double index = (n - 1) * p;
        int lo = (int)Math.Floor(index);
        int hi = (int)Math.Ceiling(index);
        double q = sorted[lo];
        double h = index - lo;
        // Interpolate only when there is a gap, so equal neighbours return the value itself bit for bit.
        return h > 0 && sorted[hi] != q ? (1 - h) * q + h * sorted[hi] : q;
    }

    /// <summary>The type-7 quantile of an unsorted sample (copied, then sorted); NaN for an empty sample.</summary>
    public static double Type7(ReadOnlySpan<double> x, double p)
    {
        double[] copy = x.ToArray();
        Array.Sort(copy);
        return Type7Sorted(copy, p);
    }

    /// <summary>R's <c>median()</c> of an already sorted sample; NaN for an empty sample.</summary>
    public static double MedianSorted(ReadOnlySpan<double> sorted)
    {
        int n = sorted.Length;
        if (n == 0)
        {
            return double.NaN;
        }

        int half = (n + 1) / 2;
        return n % 2 == 1 ? sorted[half - 1] : Moments.Mean(sorted.Slice(half - 1, 2));
    }

    /// <summary>R's <c>median()</c> of an unsorted sample (copied, then sorted); NaN for an empty sample.</summary>
    public static double Median(ReadOnlySpan<double> x)
    {
        double[] copy = x.ToArray();
        Array.Sort(copy);
        return MedianSorted(copy);
    }
}
