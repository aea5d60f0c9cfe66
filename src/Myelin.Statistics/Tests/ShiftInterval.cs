namespace Myelin.Statistics.Tests;

/// <summary>
/// A confidence interval for a location shift by inverting a rank test over the shift μ (Hodges &amp; Lehmann
/// 1963; Bauer 1972, JASA 67:687). The statistic of the data shifted by μ only changes where μ crosses a
/// candidate (a Walsh average for the signed rank, a difference x_i − y_j for the rank sum), so the test is
/// evaluated once per gap, at the mid-point between neighbouring distinct candidates.
/// <para>
/// Definition (R ≥ 4.6's exact interval with ties, statistics.md §3.3): with target t = α/2 (two-sided) or α
/// (one-sided) plus 10·DBL_EPSILON, the lower limit is the candidate just below the first mid-point, scanning up
/// from the smallest, whose upper tail P(S ≥ s(μ)) exceeds t; the upper limit is the candidate just above the
/// first mid-point, scanning down from the largest, whose lower tail P(S ≤ s(μ)) exceeds t. Every shift outside
/// the limits lies in a gap scanned and rejected, so the tails there are at most t; the reported level is one
/// minus the tails at the last rejected gap on each side (at a shift beyond all candidates when none is
/// rejected). When the tails are monotone in μ (always for the asymptotic test, and for the exact test without
/// ties) this is exactly the set of shifts whose test does not reject; with ties the conditional distribution
/// itself changes with μ and the scan, like R's, stops at the first gap that is not rejected.
/// </para>
/// <para>
/// Checked: limits and levels against this definition applied to coin 1.4-2's p-values (r/golden-exact-ties.R),
/// the R 4.6.0 rank-sum result of statistics.md §13 (data C: [−3, −1], level 0.98359999133992937), and coin's
/// Bauer interval where both apply. On data A statistics.md's R 4.6.0 run has the same [1, 3] but level
/// 0.9833984375, which no pair of gap tails gives; this definition reports 0.994140625. Another R 4.6 source
/// snapshot (quantiles of the conditional distribution at the hypothesised μ, statistic evaluated at the
/// candidates themselves) gives [−4, 0] on data C, contradicting statistics.md; it is not followed.
/// </para>
/// </summary>
internal static class ShiftInterval
{
    private const double Toler = 10 * 2.220446049250313e-16;

    /// <summary>
    /// Inverts the test whose one-sided tails at a shift μ are <paramref name="tails"/>(μ) = (P(S ≤ s), P(S ≥ s)),
    /// with S decreasing in μ, over the sorted <paramref name="candidates"/> (duplicates allowed).
    /// </summary>
    public static HtestInterval Invert(double[] candidates, Func<double, (double Lower, double Upper)> tails,
        HtestAlternative alternative, double confLevel)
    {
        double[] u = Distinct(candidates);
        double target = Target(alternative, confLevel);
        double lo = double.NegativeInfinity, hi = double.PositiveInfinity, achievedLo = 0, achievedHi = 0;
        if (alternative != HtestAlternative.Less)
        {
            double prev = tails(u[0] - (1 + Math.Abs(u[0]))).Upper;
            lo = u[^1];
            for (int i = 0; i + 1 < u.Length; i++)
            {
                double t = tails(Mid(u[i], u[i + 1])).Upper;
                if (t > target)
                {
                    lo = u[i];
                    break;
                }

                prev = t;
            }

            achievedLo = prev;
        }

        if (alternative != HtestAlternative.Greater)
        {
            double prev = tails(u[^1] + (1 + Math.Abs(u[^1]))).Lower;
            hi = u[0];
            for (int i = u.Length - 2; i >= 0; i--)
            {
                double t = tails(Mid(u[i], u[i + 1])).Lower;
                if (t > target)
                {
                    hi = u[i + 1];
                    break;
                }

                prev = t;
            }

            achievedHi = prev;
        }

        return new HtestInterval(lo, hi, 1 - (achievedLo + achievedHi));
    }

    /// <summary>The one-sided tail a gap must exceed to be inside the interval: α/2 (two-sided) or α, plus 10·DBL_EPSILON.</summary>
    public static double Target(HtestAlternative alternative, double confLevel)
    {
        double alpha = 1 - confLevel;
        return (alternative == HtestAlternative.TwoSided ? alpha / 2 : alpha) + Toler;
    }

    /// <summary>The point where the test is evaluated for the gap between two neighbouring distinct candidates.</summary>
    public static double Mid(double a, double b) => (a + b) / 2;

    private static double[] Distinct(double[] sorted)
    {
        var u = new List<double>(sorted.Length);
        foreach (double v in sorted)
        {
            if (u.Count == 0 || v != u[^1])
            {
                u.Add(v);
            }
        }

        return [.. u];
    }
}
