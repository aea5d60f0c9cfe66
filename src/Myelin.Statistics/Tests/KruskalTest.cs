using Myelin.Statistics.Distributions;
using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Tests;

/// <summary>
/// The Kruskal–Wallis rank sum test (Kruskal &amp; Wallis 1952; Hollander &amp; Wolfe §6.1) with R's
/// <c>kruskal.test</c> semantics: incomplete cases dropped, mid-ranks, tie correction from the raw values,
/// k − 1 df over the groups present; all values tied gives NaN as R.
/// </summary>
public static class KruskalTest
{
    /// <summary>Runs kruskal.test(x, g); groups are ordered by first appearance.</summary>
    public static HtestResult Run(double[] x, string?[] g)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(g);
        if (x.Length != g.Length)
        {
            return HtestResult.Failed("'x' and 'g' must have the same length");
        }

        var xs = new List<double>(x.Length);
        var gs = new List<int>(x.Length);
        var levels = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]) || g[i] is null)
            {
                continue;
            }

            if (!index.TryGetValue(g[i]!, out int gi))
            {
                gi = levels.Count;
                index[g[i]!] = gi;
                levels.Add(g[i]!);
            }

            xs.Add(x[i]);
            gs.Add(gi);
        }

        int k = levels.Count, n = xs.Count;
        if (k < 2)
        {
            return HtestResult.Failed("all observations are in the same group");
        }

        if (n < 2)
        {
            return HtestResult.Failed("not enough observations");
        }

        double[] r = Ranks.Average(xs.ToArray(), out double tie);
        var sum = new double[k];
        var count = new int[k];
        for (int i = 0; i < n; i++)
        {
            sum[gs[i]] += r[i];
            count[gs[i]]++;
        }

        double h = 0;
        for (int j = 0; j < k; j++)
        {
            h += sum[j] * sum[j] / count[j];
        }

        double nn = n;
        h = (12 * h / (nn * (nn + 1)) - 3 * (nn + 1)) / (1 - tie / (nn * nn * nn - nn));
        double df = k - 1;
        return new HtestResult
        {
            StatisticName = "Kruskal-Wallis chi-squared",
            Statistic = h,
            Parameters = [new HtestValue("df", df)],
            PValue = ChiSquare.Cdf(h, df, lowerTail: false),
            Method = "Kruskal-Wallis rank sum test",
        };
    }
}
