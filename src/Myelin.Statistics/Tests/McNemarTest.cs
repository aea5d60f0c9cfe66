using Myelin.Statistics.Distributions;

namespace Myelin.Statistics.Tests;

/// <summary>
/// McNemar's test of symmetry for paired nominal data (McNemar 1947; Bowker 1948 for r × r) with R's
/// <c>mcnemar.test</c> semantics: continuity correction only for 2×2 tables whose off-diagonal cells differ;
/// b = c = 0 gives NaN, as R.
/// </summary>
public static class McNemarTest
{
    /// <summary>Runs mcnemar.test on a square table given row by row.</summary>
    public static HtestResult Run(double[][] table, bool correct = true)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (ContingencyTable.Check(table) is string bad)
        {
            return HtestResult.Failed(bad);
        }

        int r = table.Length;
        if (r < 2 || table[0].Length != r)
        {
            return HtestResult.Failed("'x' must be square with at least two rows and columns");
        }

        bool asym = false;
        for (int i = 0; i < r; i++)
        {
            for (int j = 0; j < r; j++)
            {
                asym |= table[i][j] != table[j][i];
            }
        }

        bool useCorrection = correct && r == 2 && asym;
        string method = "McNemar's Chi-squared test" + (useCorrection ? " with continuity correction" : "");
        double stat = 0;
        // Upper triangle in R's column-major order.
        for (int j = 0; j < r; j++)
        {
            for (int i = 0; i < j; i++)
            {
                double diff = table[i][j] - table[j][i];
                double y = useCorrection ? Math.Abs(diff) - 1 : diff;
                stat += y * y / (table[i][j] + table[j][i]);
            }
        }

        double df = r * (r - 1) / 2.0;
        return new HtestResult
        {
            StatisticName = "McNemar's chi-squared",
            Statistic = stat,
            Parameters = [new HtestValue("df", df)],
            PValue = ChiSquare.Cdf(stat, df, lowerTail: false),
            Method = method,
        };
    }
}
