using System.Runtime.CompilerServices;
using Myelin.Statistics.Distributions;
using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Tests;

/// <summary>
/// Student's and Welch's t tests with R's <c>t.test</c> semantics (Student 1908; Welch 1947, df by the
/// Welch–Satterthwaite formula): NA dropped per sample (complete pairs when paired), R's errors for too few or
/// essentially constant data, and the interval built around t and then scaled by the standard error, as R does.
/// </summary>
public static class TTest
{
    private const double Eps = 2.220446049250313e-16;

    /// <summary>Runs t.test(x, y, …); <paramref name="y"/> null gives the one-sample test.</summary>
    public static HtestResult Run(double[] x, double[]? y, TTestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        var o = options ?? new TTestOptions();
        if (!double.IsFinite(o.Mu))
        {
            return HtestResult.Failed("'mu' must be a single number");
        }

        if (!(o.ConfLevel >= 0 && o.ConfLevel <= 1))
        {
            return HtestResult.Failed("'conf.level' must be a single number between 0 and 1");
        }

        if (o.Paired)
        {
            if (y is null)
            {
                return HtestResult.Failed("'y' is missing for paired test");
            }

            if (x.Length != y.Length)
            {
                return HtestResult.Failed("not all arguments have the same length");
            }

            if (x.Length >= 2)
            {
                // Fast path: no NA anywhere, so the differences need not be stored.
                var (md, vd) = Summation.MeanVarianceOfDifferences(x, y);
                if (!double.IsNaN(md))
                {
                    return OneSampleFromMoments(x.Length, md, vd, o, paired: true);
                }
            }

            var d = new double[x.Length];
            int m = 0;
            for (int i = 0; i < x.Length; i++)
            {
                if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
                {
                    d[m++] = x[i] - y[i];
                }
            }

            return OneSample(m == d.Length ? d : d[..m], o, paired: true);
        }

        // NA are dropped per sample; DropNa scans only when the one-pass moments came out NaN.
        return y is null ? OneSample(x, o, paired: false) : TwoSample(x, y, o);
    }

    private static HtestResult OneSample(double[] x, TTestOptions o, bool paired)
    {
        var (mx, vx) = Summation.MeanVariance(x);
        if (double.IsNaN(mx) || double.IsNaN(vx))
        {
            x = DropNa(x);
            (mx, vx) = Summation.MeanVariance(x);
        }

        int n = x.Length;
        if (n < 2)
        {
            return HtestResult.Failed("not enough 'x' observations");
        }

        return OneSampleFromMoments(n, mx, vx, o, paired);
    }

    private static HtestResult OneSampleFromMoments(int n, double mx, double vx, TTestOptions o, bool paired)
    {
        double stderr = Math.Sqrt(vx / n);
        if (!(stderr >= 10 * Eps * Math.Abs(mx)))
        {
            return HtestResult.Failed(double.IsNaN(stderr) || double.IsNaN(mx)
                ? "missing value where TRUE/FALSE needed" : "data are essentially constant");
        }

        double t = (mx - o.Mu) / stderr;
        string estName = paired ? "mean difference" : "mean of x";
        return Finish(t, n - 1, stderr, o, [new HtestValue(estName, mx)],
            paired ? "mean difference" : "mean", paired ? "Paired t-test" : "One Sample t-test");
    }

    private static HtestResult TwoSample(double[] x, double[] y, TTestOptions o)
    {
        var (mx, vx) = Summation.MeanVariance(x);
        if (double.IsNaN(mx) || (x.Length > 1 && double.IsNaN(vx)))
        {
            x = DropNa(x);
            (mx, vx) = Summation.MeanVariance(x);
        }

        var (my, vy) = Summation.MeanVariance(y);
        if (double.IsNaN(my) || (y.Length > 1 && double.IsNaN(vy)))
        {
            y = DropNa(y);
            (my, vy) = Summation.MeanVariance(y);
        }

        int nx = x.Length, ny = y.Length;
        if (nx < 1 || (!o.VarEqual && nx < 2))
        {
            return HtestResult.Failed("not enough 'x' observations");
        }

        if (ny < 1 || (!o.VarEqual && ny < 2))
        {
            return HtestResult.Failed("not enough 'y' observations");
        }

        if (o.VarEqual && nx + ny < 3)
        {
            return HtestResult.Failed("not enough observations");
        }

        double df, stderr;
        if (o.VarEqual)
        {
            df = nx + ny - 2;
            double v = 0;
            if (nx > 1)
            {
                v += (nx - 1) * vx;
            }

            if (ny > 1)
            {
                v += (ny - 1) * vy;
            }

            v /= df;
            stderr = Math.Sqrt(v * (1.0 / nx + 1.0 / ny));
        }
        else
        {
            double sx = Math.Sqrt(vx / nx), sy = Math.Sqrt(vy / ny);
            stderr = Math.Sqrt(sx * sx + sy * sy);
            df = Math.Pow(stderr, 4) / (Math.Pow(sx, 4) / (nx - 1) + Math.Pow(sy, 4) / (ny - 1));
        }

        if (!(stderr >= 10 * Eps * Math.Max(Math.Abs(mx), Math.Abs(my))))
        {
            return HtestResult.Failed(double.IsNaN(stderr) || double.IsNaN(mx) || double.IsNaN(my)
                ? "missing value where TRUE/FALSE needed" : "data are essentially constant");
        }

        double t = (mx - my - o.Mu) / stderr;
        return Finish(t, df, stderr, o, [new HtestValue("mean of x", mx), new HtestValue("mean of y", my)],
            "difference in means", o.VarEqual ? " Two Sample t-test" : "Welch Two Sample t-test");
    }

    private static HtestResult Finish(double t, double df, double stderr, TTestOptions o, HtestValue[] estimates,
        string nullName, string method)
    {
        double p, lo, hi;
        switch (o.Alternative)
        {
            case HtestAlternative.Less:
                p = StudentT.Cdf(t, df);
                lo = double.NegativeInfinity;
                hi = t + StudentT.Quantile(o.ConfLevel, df);
                break;
            case HtestAlternative.Greater:
                p = StudentT.Cdf(t, df, lowerTail: false);
                lo = t - StudentT.Quantile(o.ConfLevel, df);
                hi = double.PositiveInfinity;
                break;
            default:
                p = 2 * StudentT.Cdf(-Math.Abs(t), df);
                double alpha = 1 - o.ConfLevel;
                double q = StudentT.Quantile(1 - alpha / 2, df);
                lo = t - q;
                hi = t + q;
                break;
        }

        return new HtestResult
        {
            StatisticName = "t",
            Statistic = t,
            Parameters = [new HtestValue("df", df)],
            PValue = p,
            ConfInt = new HtestInterval(o.Mu + lo * stderr, o.Mu + hi * stderr, o.ConfLevel),
            Estimates = estimates,
            NullValues = [new HtestValue(nullName, o.Mu)],
            Alternative = o.Alternative,
            Method = method,
            StdErr = stderr,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] DropNa(double[] v)
    {
        int keep = 0;
        foreach (double e in v)
        {
            if (!double.IsNaN(e))
            {
                keep++;
            }
        }

        if (keep == v.Length)
        {
            return v;
        }

        var r = new double[keep];
        int k = 0;
        foreach (double e in v)
        {
            if (!double.IsNaN(e))
            {
                r[k++] = e;
            }
        }

        return r;
    }
}
