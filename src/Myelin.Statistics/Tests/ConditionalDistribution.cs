using System.Numerics;

namespace Myelin.Statistics.Tests;

/// <summary>
/// The exact conditional (permutation) null distribution of a sum of mid-rank scores, counted by the shift
/// algorithm (Streitberg &amp; Röhmel 1986, Biometrical Journal 28:351): mid-ranks are multiples of ½, so doubled
/// scores are integers and a subset-sum recursion counts the arrangements by their doubled sum.
/// Two designs: every score with a free sign (signed rank: sum of the positive scores over the 2^m sign
/// vectors) and a fixed-size subset of the scores (rank sum: sum of the x scores over the C(N, m) splits).
/// </summary>
internal sealed class ConditionalDistribution
{
    // lower[s] = P(S ≤ s/2), upper[s] = P(S ≥ s/2) for doubled sums s = 0 … total.
    private readonly double[] lower;
    private readonly double[] upper;

    private ConditionalDistribution(double[] counts)
    {
        int total = counts.Length - 1;
        lower = new double[total + 1];
        upper = new double[total + 1];
        double all = 0;
        for (int s = 0; s <= total; s++)
        {
            all += counts[s];
            lower[s] = all;
        }

        double acc = 0;
        for (int s = total; s >= 0; s--)
        {
            acc += counts[s];
            upper[s] = acc;
        }

        for (int s = 0; s <= total; s++)
        {
            lower[s] /= all;
            upper[s] /= all;
        }
    }

    /// <summary>The distribution of the sum of the positive scores when each score's sign is + or − with ½.</summary>
    public static ConditionalDistribution SignFlip(ReadOnlySpan<double> scores)
    {
        var w = Doubled(scores, out int total);
        var c = new double[total + 1];
        c[0] = 1;
        int reach = 0;
        foreach (int wi in w)
        {
            reach += wi;
            for (int s = reach; s >= wi; s--)
            {
                c[s] += c[s - wi];
            }
        }

        return new ConditionalDistribution(c);
    }

    /// <summary>The distribution of the sum of <paramref name="size"/> scores drawn without replacement.</summary>
    public static ConditionalDistribution Subset(ReadOnlySpan<double> scores, int size)
    {
        var w = Doubled(scores, out int total);
        if (2 * size <= w.Length)
        {
            return new ConditionalDistribution(SubsetCounts(w, size));
        }

        // The x sum is the total minus the y sum: count the smaller subset and reflect.
        var other = SubsetCounts(w, w.Length - size);
        var c = new double[total + 1];
        for (int s = 0; s < other.Length; s++)
        {
            c[total - s] = other[s];
        }

        return new ConditionalDistribution(c);
    }

    private static double[] SubsetCounts(int[] w, int size)
    {
        int n = w.Length;

        // No subset of `size` scores sums above the `size` largest (Streitberg & Röhmel's bound), and a j-subset
        // that cannot be completed by the items left is never needed.
        var sorted = (int[])w.Clone();
        Array.Sort(sorted);
        int max = 0;
        for (int i = n - size; i < n; i++)
        {
            max += sorted[i];
        }

        // h[j][s]: number of j-subsets of the items seen so far with doubled score sum s.
        var h = new double[size + 1][];
        for (int j = 0; j <= size; j++)
        {
            h[j] = new double[max + 1];
        }

        h[0][0] = 1;
        int reach = 0;
        for (int i = 0; i < n; i++)
        {
            reach = Math.Min(max, reach + w[i]);
            for (int j = Math.Min(i + 1, size); j >= Math.Max(1, size - (n - 1 - i)); j--)
            {
                if (reach >= w[i])
                {
                    // Rows j and j − 1 are different arrays, so the update has no order and vectorizes.
                    AddTo(h[j].AsSpan(w[i], reach - w[i] + 1), h[j - 1].AsSpan(0, reach - w[i] + 1));
                }
            }
        }

        return h[size];
    }

    private static void AddTo(Span<double> target, ReadOnlySpan<double> source)
    {
        int k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; k <= target.Length - Vector<double>.Count; k += Vector<double>.Count)
            {
                (new Vector<double>(target[k..]) + new Vector<double>(source[k..])).CopyTo(target[k..]);
            }
        }

        for (; k < target.Length; k++)
        {
            target[k] += source[k];
        }
    }

    /// <summary>(P(S ≤ sum), P(S ≥ sum)) for an observed sum of scores.</summary>
    public (double Lower, double Upper) Tails(double sum)
    {
        long s = (long)Math.Round(2 * sum);
        if (s < 0)
        {
            return (0, 1);
        }

        if (s >= lower.Length)
        {
            return (1, 0);
        }

        return (lower[s], upper[s]);
    }

    /// <summary>A cache key: the multiset of doubled scores, which alone fixes the distribution.</summary>
    public static string Key(ReadOnlySpan<double> scores, int size)
    {
        var w = Doubled(scores, out _);
        Array.Sort(w);
        return size + ":" + string.Join(',', w);
    }

    private static int[] Doubled(ReadOnlySpan<double> scores, out int total)
    {
        var w = new int[scores.Length];
        total = 0;
        for (int i = 0; i < w.Length; i++)
        {
            w[i] = (int)Math.Round(2 * scores[i]);
            total += w[i];
        }

        return w;
    }
}
