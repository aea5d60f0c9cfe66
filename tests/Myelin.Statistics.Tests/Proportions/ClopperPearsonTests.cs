using Myelin.Statistics.Proportions;

namespace Myelin.Statistics.Tests.Proportions;

/// <summary>Expected values from binom.test in R 4.2.2 (script: clopper-pearson.R beside this file).</summary>
public sealed class ClopperPearsonTests
{
    // qbeta in R is accurate to about 1e-15; the bisection here stops at adjacent doubles.
    private const double RelativeTolerance = 1e-10;

    [Theory]
    [InlineData(0, 1, 0, 0.97499999999999998)]
    [InlineData(1, 1, 0.025000000000000022, 1)]
    [InlineData(0, 10, 0, 0.30849710781876083)]
    [InlineData(10, 10, 0.69150289218123917, 1)]
    [InlineData(3, 10, 0.066739511177734495, 0.65245285005999731)]
    [InlineData(7, 30, 0.099337864958019786, 0.4228365229782195)]
    [InlineData(15, 30, 0.3129702858680275, 0.68702971413197256)]
    [InlineData(29, 30, 0.82783054436658732, 0.99915642907336955)]
    [InlineData(1, 100000, 2.5317804779333154e-07, 5.5715160347742724e-05)]
    [InlineData(51234, 100000, 0.50923664849187134, 0.51544263567490001)]
    public void Interval_matches_binom_test(int x, int n, double lower, double upper)
    {
        var (lo, hi) = ClopperPearson.Interval(x, n);
        AssertClose(lower, lo);
        AssertClose(upper, hi);
    }

    [Fact]
    public void Interval_honours_the_confidence_level()
    {
        var (lo, hi) = ClopperPearson.Interval(4, 12, 0.9);
        AssertClose(0.12285066324360089, lo);
        AssertClose(0.60913769822903663, hi);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    [InlineData(0, 0)]
    public void Interval_refuses_impossible_counts(int x, int n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ClopperPearson.Interval(x, n));

    private static void AssertClose(double expected, double actual)
    {
        double scale = Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(Math.Abs(actual - expected) <= RelativeTolerance * scale, $"expected {expected:R}, got {actual:R}");
    }
}
