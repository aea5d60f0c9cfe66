namespace Myelin.Statistics.Tests;

/// <summary>Validation shared by the table tests: a rectangular, finite, non-negative table given row by row.</summary>
internal static class ContingencyTable
{
    public static string? Check(double[][] table, int? requiredRows = null, int? requiredCols = null)
    {
        if (table.Length == 0 || table[0].Length == 0)
        {
            return "'x' must have at least one row and one column";
        }

        int cols = table[0].Length;
        foreach (var row in table)
        {
            if (row.Length != cols)
            {
                return "'table' rows must all have the same length";
            }

            foreach (double v in row)
            {
                if (!double.IsFinite(v) || v < 0)
                {
                    return "all entries of 'x' must be nonnegative and finite";
                }
            }
        }

        if ((requiredRows is int r && table.Length != r) || (requiredCols is int c && cols != c))
        {
            return $"'x' must be a {requiredRows} x {requiredCols} table";
        }

        return null;
    }
}
