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
    /// <summary>
    /// Summarises <paramref name="x"/>; the span is rearranged in place (only the order statistics the median and
    /// quartiles need are put in place, in linear time), so pass a scratch copy.
    /// </summary>
    public static SampleSummary OfInPlace(Span<double> x)
    {
        double mean = Moments.Mean(x);
        double sd = Moments.StandardDeviation(x);
        int n = x.Length;
        if (n == 0)
        {
            return new SampleSummary(0, mean, sd, double.NaN, double.NaN, double.NaN);
        }

        // The ranks type-7 quartiles and the median interpolate between: ⌊h⌋ and ⌈h⌉ for h = (n − 1)p.
        Span<int> ranks = stackalloc int[6];
        int m = 0;
        foreach (double p in (ReadOnlySpan<double>)[0.25, 0.5, 0.75])
        {
            double h = (n - 1) * p;
            ranks[m++] = (int)Math.Floor(h);
            ranks[m++] = (int)Math.Ceiling(h);
        }

        OrderStatistics.Select(x, ranks);
        int half = (n + 1) / 2;
        double median = n % 2 == 1 ? x[half - 1] : Moments.Mean([x[half - 1], x[half]]);
        return new SampleSummary(n, mean, sd, median, Quartile(x, 0.25), Quartile(x, 0.75));
    }

    /// <summary>Type-7 quantile from the two order statistics <see cref="OrderStatistics.Select"/> put in place.</summary>
    private static double Quartile(ReadOnlySpan<double> x, double p)
    {
        double index = (x.Length - 1) * p;
        int lo = (int)Math.Floor(index);
        int hi = (int)Math.Ceiling(index);
        double q = x[lo];
        double h = index - lo;
        return h > 0 && x[hi] != q ? (1 - h) * q + h * x[hi] : q;
    }

    /// <summary>Summarises a copy of <paramref name="x"/>.</summary>
    public static SampleSummary Of(ReadOnlySpan<double> x) => OfInPlace(x.ToArray());
}
