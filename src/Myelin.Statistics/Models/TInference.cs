using Myelin.Statistics.Distributions;

namespace Myelin.Statistics.Models;

/// <summary>
/// t-based tests and intervals for one estimate with a known standard error and residual df, in the form R's
/// <c>summary.lm</c> (p = 2·P(T ≥ |t|)) and <c>confint.lm</c> (estimate + qt(a)·SE with a = (1 − level)/2 and
/// 1 − a) compute them.
/// </summary>
internal readonly struct TInference
{
    private readonly double df;
    private readonly double qLow;
    private readonly double qHigh;

    public TInference(double df, double confLevel)
    {
        this.df = df;
        double a = (1 - confLevel) / 2;
        qLow = StudentT.Quantile(a, df);
        qHigh = StudentT.Quantile(1 - a, df);
    }

    public Coefficient Coefficient(string name, double estimate, double se)
    {
        double t = estimate / se;
        var (low, high) = Interval(estimate, se);
        return new Coefficient(name, estimate, se, t, 2 * StudentT.Cdf(Math.Abs(t), df, lowerTail: false), low, high);
    }

    public (double Low, double High) Interval(double estimate, double se) => (estimate + se * qLow, estimate + se * qHigh);
}
