using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Tests.Numerics;

public sealed class RadixSortTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(5000)]
    [InlineData(200_000)]
    public void Sorts_like_a_comparison_sort_with_negatives_zeros_infinities_and_ties(int n)
    {
        var rng = new System.Random(n);
        var data = new double[n];
        for (int i = 0; i < n; i++)
        {
            data[i] = (i % 7) switch
            {
                0 => rng.Next(-5, 6),
                1 => -rng.NextDouble() * 1e300,
                2 => rng.NextDouble() * 1e-300,
                3 => i % 3 == 0 ? double.PositiveInfinity : double.NegativeInfinity,
                4 => i % 2 == 0 ? 0.0 : -0.0,
                _ => (rng.NextDouble() - 0.5) * 100,
            };
        }

        var expected = (double[])data.Clone();
        Array.Sort(expected);
        RadixSort.Sort(data);
        for (int i = 0; i < n; i++)
        {
            // −0 and +0 compare equal, as they do for R's rank.
            Assert.True(expected[i] == data[i], $"position {i}: {expected[i]:R} vs {data[i]:R}");
        }
    }
}
