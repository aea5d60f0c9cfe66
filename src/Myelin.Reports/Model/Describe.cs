namespace Myelin.Reports.Model;

/// <summary>
/// Descriptive summaries of the few participant-level values the analysis results do not carry (labs by visit,
/// baseline characteristics). Mean, SD with n − 1, and quartiles by R's default type 7, the same definitions the
/// analysis uses.
/// </summary>
internal readonly record struct Describe(int N, double Mean, double Sd, double Median, double Q1, double Q3)
{
    /// <summary>Summarises the finite values of <paramref name="values"/> (NaN is missing).</summary>
    public static Describe Of(IEnumerable<double> values)
    {
        var x = values.Where(double.IsFinite).ToArray();
        if (x.Length == 0)
        {
            return new Describe(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        Array.Sort(x);
        double mean = x.Average();
        double ss = 0;
        foreach (double v in x)
        {
            ss += (v - mean) * (v - mean);
        }

        double sd = x.Length > 1 ? Math.Sqrt(ss / (x.Length - 1)) : double.NaN;
        return new Describe(x.Length, mean, sd, Quantile(x, 0.5), Quantile(x, 0.25), Quantile(x, 0.75));
    }

    private static double Quantile(double[] sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
