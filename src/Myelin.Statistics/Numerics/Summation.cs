namespace Myelin.Statistics.Numerics;

/// <summary>
/// Mean and variance as R computes them: a compensated (Neumaier 1974) sum in place of R's long-double
/// accumulation, the mean refined by a second pass, and the two-pass variance (Chan, Golub &amp; LeVeque 1983).
/// </summary>
internal static class Summation
{
    public static double Mean(ReadOnlySpan<double> x)
    {
        int n = x.Length;
        double m = Sum(x) / n;
        if (!double.IsFinite(m))
        {
            return m;
        }

        double s = 0, c = 0;
        foreach (double v in x)
        {
            Add(ref s, ref c, v - m);
        }

        return m + (s + c) / n;
    }

    public static double Variance(ReadOnlySpan<double> x, double mean)
    {
        double s = 0, c = 0;
        foreach (double v in x)
        {
            double d = v - mean;
            Add(ref s, ref c, d * d);
        }

        return (s + c) / (x.Length - 1);
    }

    public static double Sum(ReadOnlySpan<double> x)
    {
        double s = 0, c = 0;
        foreach (double v in x)
        {
            Add(ref s, ref c, v);
        }

        return s + c;
    }

    private static void Add(ref double s, ref double c, double v)
    {
        double t = s + v;
        c += Math.Abs(s) >= Math.Abs(v) ? (s - t) + v : (v - t) + s;
        s = t;
    }
}
