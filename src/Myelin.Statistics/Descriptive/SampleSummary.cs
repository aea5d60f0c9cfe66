namespace Myelin.Statistics.Descriptive;

/// <summary>
/// n, mean, SD, median and quartiles of one sample (<c>mean</c>, <c>sd</c>, <c>median</c>,
/// <c>quantile(type = 7)</c> at 0.25 and 0.75 in R). Statistics that are undefined for the sample size are NaN.
/// </summary>
/// <param name="N">Number of values.</param>
/// <param name="Mean">Arithmetic mean; NaN when n = 0.</param>
/// <param name="Sd">Standard deviation (n − 1 denominator); NaN when n &lt; 2.</param>
/// <param name="Median">Median; NaN when n = 0.</param>
/// <param name="Q1">First quartile (type 7); NaN when n = 0.</param>
/// <param name="Q3">Third quartile (type 7); NaN when n = 0.</param>
public sealed record SampleSummary(int N, double Mean, double Sd, double Median, double Q1, double Q3)
{
    /// <summary>Summarises <paramref name="x"/>; the span is sorted in place, so pass a scratch copy.</summary>
    public static SampleSummary OfInPlace(Span<double> x)
    {
        double mean = Moments.Mean(x);
        double sd = Moments.StandardDeviation(x);
        x.Sort();
        return new SampleSummary(
            x.Length, mean, sd, Quantiles.MedianSorted(x), Quantiles.Type7Sorted(x, 0.25), Quantiles.Type7Sorted(x, 0.75));
    }

    /// <summary>Summarises a copy of <paramref name="x"/>.</summary>
    public static SampleSummary Of(ReadOnlySpan<double> x) => OfInPlace(x.ToArray());
}
