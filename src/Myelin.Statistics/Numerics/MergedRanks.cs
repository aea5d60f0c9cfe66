using System.Runtime.CompilerServices;
namespace Myelin.Statistics.Numerics;

/// <summary>
/// Rank sums of a first sample within the pooled data, in O(n) from both samples sorted ascending (mid-ranks for
/// ties, exact double equality as R's rank).
/// </summary>
internal static class MergedRanks
{
    /// <summary>Σ ranks of <paramref name="x"/> in c(x − shift, y), and Σ(t³ − t) over tie groups.</summary>
    // Hot loop: compile optimised at once rather than through the tiers (benchmarks call it only a few times).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double RankSumX, double TieTerm, bool Ties) Compute(ReadOnlySpan<double> x, double shift, ReadOnlySpan<double> y)
    {
        int i = 0, j = 0, pos = 0;
        double sum = 0, tie = 0;
        bool ties = false;
        while (i < x.Length || j < y.Length)
        {
            double a = i < x.Length ? x[i] - shift : double.NaN;
            double b = j < y.Length ? y[j] : double.NaN;
            double m = i >= x.Length ? b : j >= y.Length ? a : Math.Min(a, b);
            int t = 0, fromX = 0;
            while (i < x.Length && x[i] - shift == m)
            {
                i++;
                t++;
                fromX++;
            }

            while (j < y.Length && y[j] == m)
            {
                j++;
                t++;
            }

            double avg = pos + (t + 1) / 2.0;
            sum += avg * fromX;
            if (t > 1)
            {
                ties = true;
                tie += (double)t * t * t - t;
            }

            pos += t;
        }

        return (sum, tie, ties);
    }
}
