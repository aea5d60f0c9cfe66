namespace Myelin.Statistics.Descriptive;

/// <summary>
/// Mean, variance and standard deviation with R's semantics: <c>mean()</c> (accurate sum, then one refinement pass),
/// <c>var()</c> and <c>sd()</c> (two-pass, n − 1 denominator). NaN is returned where R returns NA: an empty sample
/// for the mean, fewer than two values for the variance. Values are used as given; callers drop missing values.
/// </summary>
public static class Moments
{
    /// <summary>The arithmetic mean; NaN for an empty sample.</summary>
    public static double Mean(ReadOnlySpan<double> x)
    {
        if (x.Length == 0)
        {
            return double.NaN;
        }

        double m = CompensatedSum(x) / x.Length;
        if (!double.IsFinite(m))
        {
            return m;
        }

        // A second pass over the residuals removes the rounding of the first division (as R's mean.default does).
        double r = 0, c = 0;
        foreach (double v in x)
        {
            Add(ref r, ref c, v - m);
        }

        return m + (r + c) / x.Length;
    }

    /// <summary>The sample variance Σ(x − x̄)² / (n − 1); NaN when n &lt; 2.</summary>
    public static double Variance(ReadOnlySpan<double> x)
    {
        if (x.Length < 2)
        {
            return double.NaN;
        }

        double m = Mean(x);
        double s = 0, c = 0;
        foreach (double v in x)
        {
            double d = v - m;
            Add(ref s, ref c, d * d);
        }

        return (s + c) / (x.Length - 1);
    }

    /// <summary>The sample standard deviation, sqrt of <see cref="Variance"/>; NaN when n &lt; 2.</summary>
    public static double StandardDeviation(ReadOnlySpan<double> x) => Math.Sqrt(Variance(x));

    /// <summary>Neumaier's compensated sum (Neumaier 1974), accurate to about one rounding whatever the order.</summary>
    public static double CompensatedSum(ReadOnlySpan<double> x)
    {
        double s = 0, c = 0;
        foreach (double v in x)
        {
            Add(ref s, ref c, v);
        }

        return s + c;
    }

    private static void Add(ref double sum, ref double compensation, double v)
    {
        double t = sum + v;
        compensation += Math.Abs(sum) >= Math.Abs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
    }
}
