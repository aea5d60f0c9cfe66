using System.Collections.Concurrent;

namespace Myelin.Statistics.Distributions;

/// <summary>
/// The exact null distribution of the Wilcoxon rank-sum / Mann–Whitney statistic W = U for samples of sizes m and n
/// without ties (Mann &amp; Whitney 1947). Frequencies come from the subset-sum recursion over ranks (additions only,
/// so every count keeps full relative precision), divided by C(m + n, m).
/// </summary>
public static class RankSum
{
    private static readonly ConcurrentDictionary<(int, int), (double[] Counts, double Total)> Cache = new();

    /// <summary>P(W ≤ q) (or P(W &gt; q)); q is floored after adding 1e-7, as R does.</summary>
    public static double Cdf(double q, int m, int n, bool lowerTail = true)
    {
        if (double.IsNaN(q) || m <= 0 || n <= 0)
        {
            return double.NaN;
        }

        double x = Math.Floor(q + 1e-7);
        int mn = m * n;
        if (x < 0)
        {
            return lowerTail ? 0 : 1;
        }

        if (x >= mn)
        {
            return lowerTail ? 1 : 0;
        }

        var (c, all) = Counts(m, n);
        int k = (int)x;
        bool lowerIsShort = k <= mn / 2.0;
        int upto = lowerIsShort ? k : mn - k - 1;
        double s = 0;
        for (int i = 0; i <= upto; i++)
        {
            s += c[i];
        }

        double p = s / all;
        return lowerIsShort == lowerTail ? p : 1 - p;
    }

    /// <summary>P(W = x).</summary>
    public static double Density(double x, int m, int n)
    {
        double r = Math.Round(x);
        if (Math.Abs(x - r) > 1e-7 || r < 0 || r > m * n)
        {
            return 0;
        }

        var (c, all) = Counts(m, n);
        return c[(int)r] / all;
    }

    /// <summary>The smallest q with P(W ≤ q) ≥ p, with R's 10·DBL_EPSILON fuzz.</summary>
    public static double Quantile(double p, int m, int n, bool lowerTail = true)
    {
        if (double.IsNaN(p) || p < 0 || p > 1 || m <= 0 || n <= 0)
        {
            return double.NaN;
        }

        var (c, all) = Counts(m, n);
        return SignRank.QuantileWalk(c, 1 / all, lowerTail ? p : 1 - p, m * n);
    }

    /// <summary>Frequencies of U = 0..mn and their total C(m + n, m).</summary>
    internal static (double[] Counts, double Total) Counts(int m, int n) => Cache.GetOrAdd((m, n), static key =>
    {
        var (m, n) = key;
        if (m > n)
        {
            (m, n) = (n, m); // U's distribution is symmetric in the roles of the samples.
        }

        int big = m + n;
        int maxSum = m * big;
        // ways[j][s]: number of j-subsets of the ranks 1..t with rank sum s.
        var ways = new double[m + 1][];
        for (int j = 0; j <= m; j++)
        {
            ways[j] = new double[maxSum + 1];
        }

        ways[0][0] = 1;
        for (int t = 1; t <= big; t++)
        {
            for (int j = Math.Min(t, m); j >= 1; j--)
            {
                double[] cur = ways[j], prev = ways[j - 1];
                int hi = Math.Min(maxSum, j * (2 * t - j + 1) / 2);
                int lo = t + j * (j - 1) / 2;
                for (int s = hi; s >= lo; s--)
                {
                    cur[s] += prev[s - t];
                }
            }
        }

        int offset = m * (m + 1) / 2;
        var u = new double[m * n + 1];
        double total = 0;
        for (int k = 0; k <= m * n; k++)
        {
            u[k] = ways[m][k + offset];
            total += u[k];
        }

        return (u, total);
    });
}
