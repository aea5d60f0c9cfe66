using Myelin.Statistics.Descriptive;

namespace Myelin.Statistics.Tests.Descriptive;

/// <summary>Expected values from mean, sd, median and quantile(type = 7) in R 4.2.2 (script: descriptive.R).</summary>
public sealed class SampleSummaryTests
{
    private const double RelativeTolerance = 1e-13;

    public static TheoryData<double[], double[]> Cases => new()
    {
        // sample → mean, sd, median, q1, q3, quantile 0.1
        { [7, 5.5, 6, 8, 4, 6, 7.5, 9, 5, 6.1], [6.4100000000000001, 1.4843255108709215, 6.0499999999999998, 5.625, 7.375, 4.9000000000000004] },
        { [2.5, 1, 1.5], [1.6666666666666667, 0.76376261582597338, 1.5, 1.25, 2, 1.1000000000000001] },
        { [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.4], [1000000000.2333333, 0.15275249455023671, 1000000000.2, 1000000000.1500001, 1000000000.3, 1000000000.12] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Summary_matches_R(double[] sample, double[] expected)
    {
        var s = SampleSummary.Of(sample);
        Assert.Equal(sample.Length, s.N);
        AssertClose(expected[0], s.Mean);
        AssertClose(expected[1], s.Sd);
        AssertClose(expected[2], s.Median);
        AssertClose(expected[3], s.Q1);
        AssertClose(expected[4], s.Q3);
        AssertClose(expected[5], Quantiles.Type7(sample, 0.1));
    }

    [Fact]
    public void Summary_of_one_value_has_no_sd_and_of_none_has_nothing()
    {
        var one = SampleSummary.Of([4.5]);
        Assert.Equal(4.5, one.Mean);
        Assert.True(double.IsNaN(one.Sd));
        Assert.Equal(4.5, one.Q1);
        var none = SampleSummary.Of([]);
        Assert.Equal(0, none.N);
        Assert.True(double.IsNaN(none.Mean) && double.IsNaN(none.Median) && double.IsNaN(none.Q3));
    }

    [Fact]
    public void Quantile_refuses_a_probability_outside_zero_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantiles.Type7([1.0, 2.0], 1.5));

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= RelativeTolerance * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
}
