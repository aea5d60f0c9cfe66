namespace Myelin.Statistics.Descriptive;

/// <summary>
/// Places chosen order statistics of a sample at their sorted positions without sorting the whole sample:
/// multiple selection (Hoare's FIND, CACM 4:321, 1961, generalised to several ranks) with a three-way partition
/// (Bentley &amp; McIlroy 1993), which keeps samples with many equal values, such as VAS scores, linear.
/// </summary>
public static class OrderStatistics
{
    private const int SmallRange = 32;

    /// <summary>
    /// Rearranges <paramref name="x"/> so that for every rank k in <paramref name="ranks"/> (0-based), x[k] holds the
    /// value it would hold after sorting. Other positions are left in an unspecified order.
    /// </summary>
    /// <param name="x">The sample, without NaN; rearranged in place.</param>
    /// <param name="ranks">0-based ranks, each in [0, x.Length), in any order.</param>
    public static void Select(Span<double> x, ReadOnlySpan<int> ranks)
    {
        if (x.Length <= 1 || ranks.IsEmpty)
        {
            return;
        }

        Span<int> sorted = stackalloc int[ranks.Length];
        ranks.CopyTo(sorted);
        sorted.Sort();
        foreach (int k in sorted)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(k, nameof(ranks));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, x.Length, nameof(ranks));
        }

        SelectRange(x, 0, x.Length - 1, sorted, (2 * (int)Math.Log2(x.Length)) + 8);
    }

    private static void SelectRange(Span<double> x, int lo, int hi, ReadOnlySpan<int> ranks, int depth)
    {
        while (true)
        {
            if (ranks.IsEmpty || lo >= hi)
            {
                return;
            }

            if (hi - lo < SmallRange || depth-- == 0)
            {
                x[lo..(hi + 1)].Sort();
                return;
            }

            double pivot = MedianOfThree(x[lo], x[lo + ((hi - lo) / 2)], x[hi]);

            // Three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot.
            int lt = lo, i = lo, gt = hi;
            while (i <= gt)
            {
                double v = x[i];
                if (v < pivot)
                {
                    (x[lt], x[i]) = (x[i], x[lt]);
                    lt++;
                    i++;
                }
                else if (v > pivot)
                {
                    (x[gt], x[i]) = (x[i], x[gt]);
                    gt--;
                }
                else
                {
                    i++;
                }
            }

            int below = 0;
            while (below < ranks.Length && ranks[below] < lt)
            {
                below++;
            }

            int above = below;
            while (above < ranks.Length && ranks[above] <= gt)
            {
                above++;
            }

            SelectRange(x, lo, lt - 1, ranks[..below], depth);
            ranks = ranks[above..];
            lo = gt + 1;
        }
    }

    private static double MedianOfThree(double a, double b, double c) =>
        a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
}
