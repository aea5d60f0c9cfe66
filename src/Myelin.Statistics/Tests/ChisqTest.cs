using Myelin.Statistics.Distributions;

namespace Myelin.Statistics.Tests;

/// <summary>
/// Pearson's chi-squared test (Pearson 1900) with R's <c>chisq.test</c> semantics: a contingency table gives the
/// test of independence, with Yates' (1934) continuity correction for 2×2 tables capped at min |x − E|; a single
/// row or column gives the goodness-of-fit test against equal (or given) probabilities. Warns as R when an
/// expected count is below 5.
/// </summary>
public static class ChisqTest
{
    /// <summary>Runs chisq.test on a table given row by row.</summary>
    public static HtestResult Run(double[][] table, bool correct = true)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (ContingencyTable.Check(table) is string bad)
        {
            return HtestResult.Failed(bad);
        }

        int nr = table.Length, nc = table[0].Length;
        if (nr == 1 || nc == 1)
        {
            return GoodnessOfFit(table.SelectMany(r => r).ToArray(), null);
        }

        double n = 0;
        var sr = new double[nr];
        var sc = new double[nc];
        for (int i = 0; i < nr; i++)
        {
            for (int j = 0; j < nc; j++)
            {
                sr[i] += table[i][j];
                sc[j] += table[i][j];
                n += table[i][j];
            }
        }

        var e = new double[nr, nc];
        bool small = false;
        double yates = 0;
        string method = "Pearson's Chi-squared test";
        for (int j = 0; j < nc; j++)
        {
            for (int i = 0; i < nr; i++)
            {
                e[i, j] = sr[i] * sc[j] / n;
                small |= e[i, j] < 5;
            }
        }

        if (correct && nr == 2 && nc == 2)
        {
            yates = 0.5;
            for (int j = 0; j < nc; j++)
            {
                for (int i = 0; i < nr; i++)
                {
                    yates = Math.Min(yates, Math.Abs(table[i][j] - e[i, j]));
                }
            }

            if (yates > 0)
            {
                method += " with Yates' continuity correction";
            }
        }

        double stat = 0;
        for (int j = 0; j < nc; j++)
        {
            for (int i = 0; i < nr; i++)
            {
                double dev = Math.Abs(table[i][j] - e[i, j]) - yates;
                stat += dev * dev / e[i, j];
            }
        }

        double df = (nr - 1.0) * (nc - 1);
        return new HtestResult
        {
            StatisticName = "X-squared",
            Statistic = stat,
            Parameters = [new HtestValue("df", df)],
            PValue = ChiSquare.Cdf(stat, df, lowerTail: false),
            Method = method,
            Warnings = small ? ["Chi-squared approximation may be incorrect"] : [],
        };
    }

    /// <summary>Goodness of fit of counts <paramref name="x"/> to probabilities <paramref name="p"/> (default equal).</summary>
    public static HtestResult GoodnessOfFit(double[] x, double[]? p)
    {
        ArgumentNullException.ThrowIfNull(x);
        int k = x.Length;
        p ??= Enumerable.Repeat(1.0 / k, k).ToArray();
        if (p.Length != k)
        {
            return HtestResult.Failed("'x' and 'p' must have the same number of elements");
        }

        double n = x.Sum(), stat = 0;
        bool small = false;
        for (int i = 0; i < k; i++)
        {
            double e = n * p[i];
            small |= e < 5;
            stat += (x[i] - e) * (x[i] - e) / e;
        }

        double df = k - 1;
        return new HtestResult
        {
            StatisticName = "X-squared",
            Statistic = stat,
            Parameters = [new HtestValue("df", df)],
            PValue = ChiSquare.Cdf(stat, df, lowerTail: false),
            Method = "Chi-squared test for given probabilities",
            Warnings = small ? ["Chi-squared approximation may be incorrect"] : [],
        };
    }
}
