using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Proportions;

/// <summary>
/// The exact (Clopper &amp; Pearson 1934, Biometrika 26:404) confidence interval for a binomial proportion, as
/// R's <c>binom.test(x, n, conf.level)</c> reports it: lower = the α/2 quantile of Beta(x, n − x + 1) (0 when x = 0),
/// upper = the 1 − α/2 quantile of Beta(x + 1, n − x) (1 when x = n), with α = 1 − conf.level.
/// </summary>
public static class ClopperPearson
{
    /// <summary>The two-sided interval for <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    /// <param name="successes">x, 0 ≤ x ≤ n.</param>
    /// <param name="trials">n ≥ 1.</param>
    /// <param name="confLevel">Confidence level in (0, 1); default 0.95.</param>
    /// <exception cref="ArgumentOutOfRangeException">n &lt; 1, x outside [0, n], or a level outside (0, 1).</exception>
    public static (double Lower, double Upper) Interval(int successes, int trials, double confLevel = 0.95)
    {
        if (trials < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(trials), trials, "'n' must be a positive integer");
        }

        if (successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"'x' must lie in [0, {trials}]");
        }

        if (!(confLevel > 0 && confLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confLevel), confLevel, "'conf.level' must be a single number between 0 and 1");
        }

        double alpha = (1 - confLevel) / 2;
        double lower = successes == 0 ? 0 : BetaQuantile(alpha, successes, trials - successes + 1);
        double upper = successes == trials ? 1 : BetaQuantile(1 - alpha, successes + 1, trials - successes);
        return (lower, upper);
    }

    /// <summary>
    /// The p-quantile of Beta(a, b) by bisection on the regularised incomplete beta function down to adjacent
    /// doubles: slow (about 60 evaluations) but free of any approximation beyond that of I_x(a, b) itself.
    /// </summary>
    internal static double BetaQuantile(double p, double a, double b)
    {
        double lo = 0, hi = 1;
        while (true)
        {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            // Compare in the smaller tail so that probabilities near 1 keep their precision.
            bool below = p <= 0.5
                ? IncompleteBeta.Regularized(mid, 1 - mid, a, b, lowerTail: true) < p
                : IncompleteBeta.Regularized(mid, 1 - mid, a, b, lowerTail: false) > 1 - p;
            if (below)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        double flo = Math.Abs(IncompleteBeta.Regularized(lo, 1 - lo, a, b, true) - p);
        double fhi = Math.Abs(IncompleteBeta.Regularized(hi, 1 - hi, a, b, true) - p);
        return flo <= fhi ? lo : hi;
    }
}
