using Myelin.Statistics.Distributions;
using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Tests;

/// <summary>
/// Friedman's rank test for unreplicated complete block designs (Friedman 1937; Hollander &amp; Wolfe §7.1) with
/// R's <c>friedman.test</c> semantics: blocks with any NA are dropped, ranks within blocks, tie correction
/// Σ(t³ − t)/(k − 1), upper chi-square tail with k − 1 df.
/// </summary>
public static class FriedmanTest
{
    /// <summary>Runs friedman.test on a blocks × groups matrix given row by row (NaN = NA).</summary>
    public static HtestResult Run(double[][] y)
    {
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length == 0 || y[0].Length == 0)
        {
            return HtestResult.Failed("'y' must have at least one block and one group");
        }

        int k = y[0].Length;
        if (y.Any(r => r.Length != k))
        {
            return HtestResult.Failed("'y' rows (blocks) must all have the same number of groups");
        }

        var rows = y.Where(r => r.All(v => !double.IsNaN(v))).ToArray();
        int n = rows.Length;
        var colSums = new double[k];
        double tie = 0;
        foreach (var row in rows)
        {
            double[] r = Ranks.Average(row, out double t);
            tie += t;
            for (int j = 0; j < k; j++)
            {
                colSums[j] += r[j];
            }
        }

        double ss = 0;
        foreach (double s in colSums)
        {
            double dev = s - n * (k + 1) / 2.0;
            ss += dev * dev;
        }

        double stat = 12 * ss / (n * k * (k + 1.0) - tie / (k - 1));
        double df = k - 1;
        return new HtestResult
        {
            StatisticName = "Friedman chi-squared",
            Statistic = stat,
            Parameters = [new HtestValue("df", df)],
            PValue = ChiSquare.Cdf(stat, df, lowerTail: false),
            Method = "Friedman rank sum test",
        };
    }

    /// <summary>
    /// Runs friedman.test(y, groups, blocks): exactly one observation per (group, block) is required; groups and
    /// blocks are ordered by first appearance.
    /// </summary>
    public static HtestResult Run(double[] y, string[] groups, string[] blocks)
    {
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(blocks);
        if (groups.Length != y.Length || blocks.Length != y.Length)
        {
            return HtestResult.Failed("'y', 'groups' and 'blocks' must have the same length");
        }

        var g = groups.Distinct().ToList();
        var b = blocks.Distinct().ToList();
        var m = new double[b.Count][];
        var seen = new int[b.Count, g.Count];
        for (int i = 0; i < b.Count; i++)
        {
            m[i] = new double[g.Count];
        }

        for (int i = 0; i < y.Length; i++)
        {
            int bi = b.IndexOf(blocks[i]), gi = g.IndexOf(groups[i]);
            m[bi][gi] = y[i];
            seen[bi, gi]++;
        }

        foreach (int c in seen)
        {
            if (c != 1)
            {
                return HtestResult.Failed("not an unreplicated complete block design");
            }
        }

        return Run(m);
    }
}
