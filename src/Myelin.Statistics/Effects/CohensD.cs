using Myelin.Statistics.Descriptive;
using Myelin.Statistics.Distributions;
using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Effects;

/// <summary>
/// Cohen's d (J. Cohen, Statistical Power Analysis for the Behavioral Sciences, 2nd ed., 1988) and dz for paired
/// data, with exact confidence intervals by inverting the noncentral t distribution (Steiger &amp; Fouladi 1997,
/// "Noncentrality interval estimation"; Hedges &amp; Olkin 1985, ch. 5): with t = d/sqrt(hn) on df degrees of
/// freedom, the limits are sqrt(hn)·δ where P(T'(df, δ_L) ≥ t) = α/2 and P(T'(df, δ_U) ≤ t) = α/2.
/// </summary>
/// <remarks>
/// The point estimates follow <c>effectsize::cohens_d</c> (pooled SD for two samples; mean/SD of the differences
/// for dz). effectsize and MBESS find the limits by Nelder–Mead or <c>optimize</c>, good to about 1e-8; here they
/// are the roots of the two equations, solved with Brent's zeroin to the accuracy of the noncentral t CDF.
/// NaN values are dropped (pairs with a NaN on either side for dz), as <c>na.omit</c> does.
/// </remarks>
public static class CohensD
{
    /// <summary>One-sample d = (mean(x) − mu)/sd(x), df = n − 1.</summary>
    /// <param name="x">The sample; at least two non-NaN values.</param>
    /// <param name="mu">The reference value (default 0).</param>
    /// <param name="confLevel">Two-sided confidence level in (0, 1), default 0.95.</param>
    public static EffectSize OneSample(IReadOnlyList<double> x, double mu = 0, double confLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(x);
        double[] v = Clean(x, nameof(x));
        return Standardized("d (one-sample)", v, mu, confLevel, nameof(x));
    }

    /// <summary>dz = (mean(x − y) − mu)/sd(x − y) over complete pairs, df = n − 1.</summary>
    /// <param name="x">First measurement of each pair.</param>
    /// <param name="y">Second measurement of each pair; same length as <paramref name="x"/>.</param>
    /// <param name="mu">The reference mean difference (default 0).</param>
    /// <param name="confLevel">Two-sided confidence level in (0, 1), default 0.95.</param>
    public static EffectSize Paired(IReadOnlyList<double> x, IReadOnlyList<double> y, double mu = 0, double confLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"'x' and 'y' must have the same length for paired data (x has {x.Count}, y has {y.Count})", nameof(y));
        }

        var d = new List<double>(x.Count);
        for (int i = 0; i < x.Count; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                d.Add(x[i] - y[i]);
            }
        }

        return Standardized("dz", Clean(d, nameof(x)), mu, confLevel, nameof(x));
    }

    /// <summary>Two-sample d = (mean(x) − mean(y) − mu)/s_pooled, df = n_x + n_y − 2.</summary>
    /// <param name="x">First group; at least two non-NaN values.</param>
    /// <param name="y">Second group; at least two non-NaN values.</param>
    /// <param name="mu">The reference difference (default 0).</param>
    /// <param name="confLevel">Two-sided confidence level in (0, 1), default 0.95.</param>
    public static EffectSize TwoSample(IReadOnlyList<double> x, IReadOnlyList<double> y, double mu = 0, double confLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        CheckLevel(confLevel);
        double[] a = Clean(x, nameof(x)), b = Clean(y, nameof(y));
        int n1 = a.Length, n2 = b.Length;
        double df = n1 + n2 - 2;
        double pooled = Math.Sqrt(((n1 - 1) * Moments.Variance(a) + (n2 - 1) * Moments.Variance(b)) / df);
        double mx = Moments.Mean(a), my = Moments.Mean(b);
        double diff = mx - my - mu;
        EnsureVariable(pooled, Math.Max(Math.Abs(mx), Math.Abs(my)), nameof(x));
        double d = diff / pooled;
        double hn = 1.0 / n1 + 1.0 / n2;
        return WithInterval("d", d, hn, df, confLevel);
    }

    /// <summary>
    /// Hedges' g: d, dz and their limits times J = Γ(df/2) / (sqrt(df/2)·Γ((df − 1)/2)), the exact small-sample
    /// bias correction (Hedges 1981, J. Educ. Stat. 6:107, eq. 6b), as <c>effectsize::hedges_g</c> applies it.
    /// </summary>
    public static EffectSize HedgesG(EffectSize d)
    {
        ArgumentNullException.ThrowIfNull(d);
        double j = HedgesCorrection(d.Df);
        return d with { Kind = "g (" + d.Kind + ")", Estimate = d.Estimate * j, ConfLow = d.ConfLow * j, ConfHigh = d.ConfHigh * j };
    }

    /// <summary>J(df) = exp(lnΓ(df/2) − ln sqrt(df/2) − lnΓ((df − 1)/2)).</summary>
    public static double HedgesCorrection(double df)
        => Math.Exp(MathNet.Numerics.SpecialFunctions.GammaLn(df / 2) - Math.Log(Math.Sqrt(df / 2))
                    - MathNet.Numerics.SpecialFunctions.GammaLn((df - 1) / 2));

    private static EffectSize Standardized(string kind, double[] v, double mu, double confLevel, string argument)
    {
        CheckLevel(confLevel);
        double sd = Moments.StandardDeviation(v);
        double mean = Moments.Mean(v);
        EnsureVariable(sd, Math.Abs(mean), argument);
        return WithInterval(kind, (mean - mu) / sd, 1.0 / v.Length, v.Length - 1, confLevel);
    }

    private static EffectSize WithInterval(string kind, double d, double hn, double df, double confLevel)
    {
        double scale = Math.Sqrt(hn);
        double t = d / scale;
        double alpha = 1 - confLevel;
        double low = NoncentralityFor(t, df, 1 - alpha / 2);
        double high = NoncentralityFor(t, df, alpha / 2);
        return new EffectSize(kind, d, low * scale, high * scale, confLevel, df, t);
    }

    /// <summary>The δ with P(T'(df, δ) ≤ t) = p; the CDF falls as δ grows, so bracket and use Brent's zeroin.</summary>
    internal static double NoncentralityFor(double t, double df, double p)
    {
        double f(double ncp) => NoncentralT.Cdf(t, df, ncp) - p;
        double step = 2 + Math.Abs(t) * 0.5;
        double lo = t - step, hi = t + step;
        double flo = f(lo), fhi = f(hi);
        for (int i = 0; i < 200 && flo < 0; i++)
        {
            hi = lo;
            fhi = flo;
            step *= 2;
            lo -= step;
            flo = f(lo);
        }

        for (int i = 0; i < 200 && fhi > 0; i++)
        {
            lo = hi;
            flo = fhi;
            step *= 2;
            hi += step;
            fhi = f(hi);
        }

        return Zeroin.Find(f, lo, hi, flo, fhi, tol: 1e-15).Root;
    }

    private static double[] Clean(IReadOnlyList<double> x, string argument)
    {
        var v = x.Where(e => !double.IsNaN(e)).ToArray();
        if (v.Any(double.IsInfinity))
        {
            throw new ArgumentException($"'{argument}' contains an infinite value", argument);
        }

        if (v.Length < 2)
        {
            throw new ArgumentException($"not enough '{argument}' observations: {v.Length} after removing NaN, at least 2 needed", argument);
        }

        return v;
    }

    // t.test's rule: the data are constant when the SD is below 10·DBL_EPSILON·|mean|.
    private static void EnsureVariable(double sd, double center, string argument)
    {
        if (!(sd > 0) || sd < 10 * Zeroin.MachineEpsilon * center)
        {
            throw new ArgumentException($"data are essentially constant: the standard deviation of '{argument}' is {sd:R}", argument);
        }
    }

    private static void CheckLevel(double confLevel)
    {
        if (!(confLevel > 0 && confLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confLevel), confLevel, "conf.level must be a single number between 0 and 1");
        }
    }
}
