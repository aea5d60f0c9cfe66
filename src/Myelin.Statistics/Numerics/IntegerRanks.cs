using System.Runtime.CompilerServices;

namespace Myelin.Statistics.Numerics;

/// <summary>
/// Rank statistics for data that are small whole numbers (VAS scores and their differences) by counting
/// (a counting sort, Knuth TAOCP vol. 3 §5.2): one pass, no sort, the same mid-ranks and tie groups as sorting,
/// summed in the same order, so the results are identical to <see cref="SignedRanks"/> and <see cref="MergedRanks"/>.
/// </summary>
internal static class IntegerRanks
{
    private const int Range = 4096;

    /// <summary>Counts of the values v − shift, which must all be whole numbers in [−4096, 4096]; null otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[]? Count(ReadOnlySpan<double> values, double shift)
    {
        var counts = new int[2 * Range + 1];
        foreach (double v in values)
        {
            double s = v - shift;
            if (!(s >= -Range && s <= Range) || s != Math.Floor(s))
            {
                return null;
            }

            counts[(int)s + Range]++;
        }

        return counts;
    }

    /// <summary>Counts of x − y − shift over complete pairs (NaN pairs skipped), or null as <see cref="Count"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[]? CountDifferences(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double shift)
    {
        var counts = new int[2 * Range + 1];
        for (int i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]) || double.IsNaN(y[i]))
            {
                continue;
            }

            double s = x[i] - y[i] - shift;
            if (!(s >= -Range && s <= Range) || s != Math.Floor(s))
            {
                return null;
            }

            counts[(int)s + Range]++;
        }

        return counts;
    }

    /// <summary>V = Σ mid-ranks of |d| over d &gt; 0 with zeros dropped, Σ(t³ − t), ties, zeros and the non-zero count.</summary>
    public static (double V, double TieTerm, bool Ties, bool Zeroes, int N) SignedRank(int[] counts)
    {
        double v = 0, tie = 0;
        bool ties = false;
        int pos = 0;
        for (int a = 1; a <= Range; a++)
        {
            int plus = counts[Range + a], t = plus + counts[Range - a];
            if (t == 0)
            {
                continue;
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

        return (v, tie, ties, counts[Range] > 0, pos);
    }

    /// <summary>Σ mid-ranks of the first sample in the pooled data, Σ(t³ − t) and whether there are ties.</summary>
    public static (double RankSumX, double TieTerm, bool Ties) RankSum(int[] countsX, int[] countsY)
    {
        double sum = 0, tie = 0;
        bool ties = false;
        int pos = 0;
        for (int k = 0; k < countsX.Length; k++)
        {
            int fromX = countsX[k], t = fromX + countsY[k];
            if (t == 0)
            {
                continue;
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
