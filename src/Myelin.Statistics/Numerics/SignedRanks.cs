using System.Runtime.CompilerServices;
namespace Myelin.Statistics.Numerics;

/// <summary>
/// Signed-rank sums in O(n) from data sorted ascending: negatives read backwards and positives forwards are two
/// runs sorted by |d|, merged while equal |d| (ties, exact double equality as R's rank) share their mid-rank.
/// </summary>
internal static class SignedRanks
{
    /// <summary>V = Σ ranks of |d| over d &gt; 0, and Σ(t³ − t) over tie groups; <paramref name="sorted"/> has no zeros.</summary>
    // Hot loop: compile optimised at once rather than through the tiers (benchmarks call it only a few times).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double V, double TieTerm, bool Ties) Compute(ReadOnlySpan<double> sorted)
    {
        int n = sorted.Length;
        int k = 0;
        while (k < n && sorted[k] < 0)
        {
            k++;
        }

        int i = k - 1, j = k, pos = 0;
        double v = 0, tie = 0;
        bool ties = false;
        while (i >= 0 || j < n)
        {
            double a = j < n ? sorted[j] : double.PositiveInfinity;
            double b = i >= 0 ? -sorted[i] : double.PositiveInfinity;
            double m = Math.Min(a, b);
            if (j >= n && i >= 0)
            {
                m = b;
            }
            else if (i < 0)
            {
                m = a;
            }

            int t = 0, plus = 0;
            while (j < n && sorted[j] == m)
            {
                j++;
                t++;
                plus++;
            }

            while (i >= 0 && -sorted[i] == m)
            {
                i--;
                t++;
            }

            double avg = pos + (t + 1) / 2.0;
            v += avg * plus;
            if (t > 1)
            {
                ties = true;
                tie += (double)t * t * t - t;
            }

            pos += t;
        }

        return (v, tie, ties);
    }
}
