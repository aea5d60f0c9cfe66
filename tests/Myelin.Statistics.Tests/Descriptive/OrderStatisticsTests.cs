using Myelin.Statistics.Descriptive;

namespace Myelin.Statistics.Tests.Descriptive;

public sealed class OrderStatisticsTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(7, 1000)]
    [InlineData(11, 100_000)]
    public void Selected_ranks_hold_the_values_a_full_sort_puts_there(int seed, int n)
    {
        var random = new System.Random(seed);

        // VAS-like data: few distinct values, so the three-way partition is exercised.
        double[] x = Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 20) / 2).ToArray();
        double[] sorted = x.Order().ToArray();
        int[] ranks = [0, n / 4, n / 2, (n - 1) / 2, 3 * (n - 1) / 4, n - 1];

        OrderStatistics.Select(x, ranks);

        Assert.All(ranks, k => Assert.Equal(sorted[k], x[k]));
        Assert.Equal(sorted, x.Order());
    }

    [Fact]
    public void Summary_by_selection_equals_summary_of_the_sorted_sample()
    {
        var random = new System.Random(3);
        double[] x = Enumerable.Range(0, 5001).Select(_ => random.NextDouble() * 10).ToArray();
        double[] sorted = x.Order().ToArray();

        var s = SampleSummary.Of(x);

        Assert.Equal(Quantiles.MedianSorted(sorted), s.Median);
        Assert.Equal(Quantiles.Type7Sorted(sorted, 0.25), s.Q1);
        Assert.Equal(Quantiles.Type7Sorted(sorted, 0.75), s.Q3);
    }
}
