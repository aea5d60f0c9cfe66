using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Distributions;

/// <summary>
/// The noncentral t distribution T'(df, ncp): (Z + ncp)/sqrt(χ²_df/df).
/// </summary>
/// <remarks>
/// The CDF is Lenth's algorithm AS 243 (R. V. Lenth, "Cumulative distribution function of the non-central t
/// distribution", Applied Statistics 38:185–189, 1989): Guenther's (1978) twin series of incomplete beta
/// functions, stopped when the error bound 2·s·(x_odd − g_odd) falls below 1e-12 or after 1000 terms, plus
/// Φ(−ncp). These are the constants R's <c>pt(q, df, ncp)</c> documents, so the two agree to rounding. For
/// df &gt; 4e5 or ncp² &gt; 2·ln2·1021 (|ncp| &gt; 37.62, where the series' first weight underflows) the
/// normal approximation of Abramowitz &amp; Stegun 26.7.10 is used, as R documents.
/// </remarks>
public static class NoncentralT
{
    private const double ErrMax = 1e-12;
    private const int MaxTerms = 1000;
    private const double SqrtTwoOverPi = 0.797884560802865355879892119869;
    private const double LogSqrtPi = 0.572364942924700087071713675677;

    /// <summary>P(T' ≤ x), or P(T' &gt; x) when <paramref name="lowerTail"/> is false.</summary>
    /// <param name="x">Quantile.</param>
    /// <param name="df">Degrees of freedom, &gt; 0 (may be fractional or infinite).</param>
    /// <param name="ncp">Noncentrality parameter; 0 gives the central t.</param>
    /// <param name="lowerTail">Which tail; the tail on the side of x's sign is summed directly.</param>
    public static double Cdf(double x, double df, double ncp, bool lowerTail = true)
    {
        if (double.IsNaN(x) || double.IsNaN(df) || double.IsNaN(ncp) || df <= 0)
        {
            return double.NaN;
        }

        if (ncp == 0)
        {
            return StudentT.Cdf(x, df, lowerTail);
        }

        if (double.IsInfinity(x))
        {
            return (x > 0) == lowerTail ? 1 : 0;
        }

        // Reflect to t ≥ 0: P(T'(δ) ≤ −t) = P(T'(−δ) ≥ t).
        bool negative = x < 0;
        double t = negative ? -x : x, del = negative ? -ncp : ncp;
        bool lower = lowerTail != negative;

        if (negative && ncp > 40)
        {
            // P(T' ≤ x) for x < 0 is below Φ(−40) ≈ 1e-350.
            return lowerTail ? 0 : 1;
        }

        if (df > 4e5 || del * del > 2 * Math.Log(2) * 1021)
        {
            double s = 1 / (4 * df);
            return Normal.Cdf(t * (1 - s), del, Math.Sqrt(1 + t * t * 2 * s), lower);
        }

        double tnc = TwinSeries(t, df, del) + Normal.Cdf(-del);
        tnc = Math.Min(tnc, 1);
        return lower ? tnc : 1 - tnc;
    }

    /// <summary>
    /// The x with P(T' ≤ x) = p (or P(T' &gt; x) = p when <paramref name="lowerTail"/> is false), found by
    /// bracketing and Brent's zeroin on <see cref="Cdf"/> to a relative tolerance of a few ulps.
    /// </summary>
    public static double Quantile(double p, double df, double ncp, bool lowerTail = true)
    {
        if (double.IsNaN(p) || double.IsNaN(df) || double.IsNaN(ncp) || df <= 0 || p < 0 || p > 1)
        {
            return double.NaN;
        }

        if (p == 0 || p == 1)
        {
            return (p == 1) == lowerTail ? double.PositiveInfinity : double.NegativeInfinity;
        }

        double target = lowerTail ? p : 1 - p;
        Func<double, double> f = lowerTail
            ? v => Cdf(v, df, ncp) - p
            : v => p - Cdf(v, df, ncp, lowerTail: false);
        double start = ncp + StudentT.Quantile(target, df);
        if (!double.IsFinite(start))
        {
            start = ncp;
        }

        double step = Math.Max(1, Math.Abs(start) * 0.1);
        double lo = start - step, hi = start + step;
        double flo = f(lo), fhi = f(hi);
        for (int i = 0; i < 2000 && flo > 0; i++)
        {
            step *= 2;
            hi = lo;
            fhi = flo;
            lo -= step;
            flo = f(lo);
        }

        for (int i = 0; i < 2000 && fhi < 0; i++)
        {
            step *= 2;
            lo = hi;
            flo = fhi;
            hi += step;
            fhi = f(hi);
        }

        return Zeroin.Find(f, lo, hi, flo, fhi, tol: 1e-300, maxIterations: 1000).Root;
    }

    /// <summary>Σ of AS 243's twin series for t &gt; 0 (without the Φ(−δ) term).</summary>
    private static double TwinSeries(double t, double df, double del)
    {
        double t2 = t * t;
        double x = t2 / (t2 + df);
        if (!(x > 0))
        {
            return 0;
        }

        double oneMinusX = df / (t2 + df);
        double lambda = del * del;
        double p = 0.5 * Math.Exp(-0.5 * lambda);
        double q = SqrtTwoOverPi * p * del;
        double s = 0.5 - p;
        double a = 0.5, b = 0.5 * df;
        double rxb = Math.Pow(oneMinusX, b);
        double logBeta = LogBetaHalf(b);
        double xOdd = IncompleteBeta.Regularized(x, oneMinusX, a, b, lowerTail: true);
        double gOdd = 2 * rxb * Math.Exp(a * Math.Log(x) - logBeta);
        double xEven = 1 - rxb;
        double gEven = b * x * rxb;
        double tnc = p * xOdd + q * xEven;

        for (int n = 1; n <= MaxTerms; n++)
        {
            a += 1;
            xOdd -= gOdd;
            xEven -= gEven;
            gOdd *= x * (a + b - 1) / a;
            gEven *= x * (a + b - 0.5) / (a + 0.5);
            p *= lambda / (2 * n);
            q *= lambda / (2 * n + 1);
            s -= p;
            tnc += p * xOdd + q * xEven;
            double errorBound = 2 * s * (xOdd - gOdd);
            if (Math.Abs(errorBound) <= ErrMax)
            {
                break;
            }
        }

        return tnc;
    }

    /// <summary>
    /// ln B(½, b) = ln√π + lnΓ(b) − lnΓ(b + ½). For large b the two log-gammas are huge and nearly equal, so the
    /// difference is taken from Stirling's series: −½ln b − b·ln(1 + 1/(2b)) + ½ + δ(b) − δ(b + ½).
    /// </summary>
    private static double LogBetaHalf(double b)
    {
        if (b < 10)
        {
            return LogSqrtPi + MathNet.Numerics.SpecialFunctions.GammaLn(b) - MathNet.Numerics.SpecialFunctions.GammaLn(b + 0.5);
        }

        return LogSqrtPi - 0.5 * Math.Log(b) - b * Precise.Log1p(0.5 / b) + 0.5 + Stirling.Error(b) - Stirling.Error(b + 0.5);
    }
}
