using Myelin.Analysis.Results;
using Myelin.Statistics.Descriptive;
using Myelin.Statistics.Distributions;

namespace Myelin.Analysis.Engine;

/// <summary>
/// Pools estimates from m imputed datasets (Rubin 1987, Multiple Imputation for Nonresponse in Surveys, §3.1):
/// Q̄ = mean estimate, Ū = mean within variance, B = between variance, T = Ū + (1 + 1/m)B, with the small-sample
/// degrees of freedom of Barnard &amp; Rubin (1999, Biometrika 86:948), as <c>mice::pool</c> uses.
/// </summary>
internal static class RubinsRules
{
    /// <param name="estimates">Q₁ … Q_m.</param>
    /// <param name="variances">U₁ … U_m (squared standard errors).</param>
    /// <param name="completeDf">Degrees of freedom of the complete-data analysis.</param>
    /// <param name="confLevel">Confidence level.</param>
    public static PooledEstimate Pool(double[] estimates, double[] variances, double completeDf, double confLevel)
    {
        int m = estimates.Length;
        double q = Moments.Mean(estimates);
        double u = Moments.Mean(variances);
        double b = Moments.Variance(estimates);
        double t = u + ((1 + (1.0 / m)) * b);
        double df = completeDf;
        if (b > 0)
        {
            double lambda = (1 + (1.0 / m)) * b / t;
            double dfOld = (m - 1) / (lambda * lambda);
            double dfObserved = (completeDf + 1) / (completeDf + 3) * completeDf * (1 - lambda);
            df = dfOld * dfObserved / (dfOld + dfObserved);
        }

        double se = Math.Sqrt(t);
        double quantile = StudentT.Quantile((1 + confLevel) / 2, df);
        double p = 2 * StudentT.Cdf(-Math.Abs(q / se), df);
        return new PooledEstimate(q, se, df, [q - (quantile * se), q + (quantile * se)], p, u, b, null);
    }
}
