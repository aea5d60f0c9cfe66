using Myelin.Statistics.Distributions;

namespace Myelin.Statistics.Power;

/// <summary>
/// Power and sample size for t tests with the semantics of R's <c>power.t.test</c>: leave exactly one of n, delta,
/// sd, sigLevel and power null and it is solved for.
/// </summary>
/// <remarks>
/// Power is P(T'(ν, ncp) &gt; t_{1−α/s, ν}) with ν = max(1e-7, n − 1)·k, ncp = sqrt(n/k)·δ/sd, k = 2 for two samples
/// and 1 otherwise, s = 2 for two-sided tests (Cohen 1988, ch. 2; the noncentral t of Lenth's AS 243). Unless
/// <c>strict</c>, a two-sided test counts only the upper rejection region, as R does by default; strict adds
/// P(T' &lt; −t). Unknowns are found as R finds them: uniroot (Brent's zeroin, tol = 1.22e-4 by default) on
/// n ∈ [2, 1e7] (widened upward-crossing), sd ∈ δ·[1e-7, 1e7] (downward), δ ∈ sd·[1e-7, 1e7] (upward) and
/// sig.level ∈ [1e-10, 1 − 1e-10] (either way), so solved values carry R's tolerance-limited digits.
/// </remarks>
public static class PowerTTest
{
    /// <summary>R's default tolerance, .Machine$double.eps^0.25.</summary>
    public const double DefaultTolerance = 1.220703125e-4;

    /// <summary>Solves for the one parameter passed as null.</summary>
    /// <param name="n">Observations per group (or pairs); null to solve for it.</param>
    /// <param name="delta">True difference in means; null to solve for it.</param>
    /// <param name="sd">Standard deviation, default 1; pass null to solve for it.</param>
    /// <param name="sigLevel">Significance level, default 0.05; pass null to solve for it.</param>
    /// <param name="power">Power; null to solve for it.</param>
    /// <param name="design">Two-sample (default), one-sample or paired.</param>
    /// <param name="sidedness">Two-sided (default) or one-sided.</param>
    /// <param name="strict">Count both tails of a two-sided test (default false, as R).</param>
    /// <param name="tol">uniroot tolerance.</param>
    /// <exception cref="ArgumentException">Not exactly one null, a probability outside [0, 1], or no root.</exception>
    public static PowerTTestResult Solve(
        double? n = null, double? delta = null, double? sd = 1, double? sigLevel = 0.05, double? power = null,
        TTestDesign design = TTestDesign.TwoSample, PowerSidedness sidedness = PowerSidedness.TwoSided,
        bool strict = false, double tol = DefaultTolerance)
    {
        int missing = new[] { n, delta, sd, power, sigLevel }.Count(v => v is null);
        if (missing != 1)
        {
            throw new ArgumentException("exactly one of 'n', 'delta', 'sd', 'power', and 'sig.level' must be NULL");
        }

        CheckProbability(sigLevel, "sig.level");
        CheckProbability(power, "power");
        double k = design == TTestDesign.TwoSample ? 2 : 1;
        double sides = sidedness == PowerSidedness.TwoSided ? 2 : 1;
        if (sides == 2 && delta is double dv)
        {
            delta = Math.Abs(dv);
        }

        bool bothTails = strict && sides == 2;
        double Body(double nn, double d, double s, double a)
        {
            double nu = Math.Max(1e-7, nn - 1) * k;
            double q = StudentT.Quantile(a / sides, nu, lowerTail: false);
            double ncp = Math.Sqrt(nn / k) * d / s;
            double p = NoncentralT.Cdf(q, nu, ncp, lowerTail: false);
            return bothTails ? p + NoncentralT.Cdf(-q, nu, ncp) : p;
        }

        if (power is null)
        {
            power = Body(n!.Value, delta!.Value, sd!.Value, sigLevel!.Value);
        }
        else if (n is null)
        {
            n = Uniroot.Solve(v => Body(v, delta!.Value, sd!.Value, sigLevel!.Value) - power.Value, 2, 1e7, tol, IntervalExtension.UpX);
        }
        else if (sd is null)
        {
            double d = delta!.Value;
            sd = Uniroot.Solve(v => Body(n.Value, d, v, sigLevel!.Value) - power.Value, d * 1e-7, d * 1e7, tol, IntervalExtension.DownX);
        }
        else if (delta is null)
        {
            double s = sd.Value;
            delta = Uniroot.Solve(v => Body(n.Value, v, s, sigLevel!.Value) - power.Value, s * 1e-7, s * 1e7, tol, IntervalExtension.UpX);
        }
        else
        {
            sigLevel = Uniroot.Solve(v => Body(n.Value, delta.Value, sd.Value, v) - power.Value, 1e-10, 1 - 1e-10, tol, IntervalExtension.Yes);
        }

        string method = design switch
        {
            TTestDesign.OneSample => "One-sample",
            TTestDesign.TwoSample => "Two-sample",
            _ => "Paired",
        } + " t test power calculation";
        string note = design switch
        {
            TTestDesign.Paired => "n is number of *pairs*, sd is std.dev. of *differences* within pairs",
            TTestDesign.TwoSample => "n is number in *each* group",
            _ => "",
        };
        return new PowerTTestResult(n!.Value, delta!.Value, sd!.Value, sigLevel!.Value, power.Value, design, sidedness, strict, method, note);
    }

    private static void CheckProbability(double? p, string name)
    {
        if (p is double v && !(v >= 0 && v <= 1))
        {
            throw new ArgumentException($"'{name}' must be numeric in [0, 1]", name == "sig.level" ? "sigLevel" : name);
        }
    }
}
