namespace Myelin.Statistics.Tests;

/// <summary>Which <c>wilcox.test</c> rules to follow (statistics.md §0.1, §3.3, §3.4).</summary>
public enum WilcoxRule
{
    /// <summary>
    /// R ≤ 4.5 (Debian's R 4.2.2, the pinned oracle): exact only without ties and zeros, zeros dropped before
    /// ranking (Wilcoxon's zero method), otherwise the normal approximation with tie and continuity corrections.
    /// </summary>
    R422,

    /// <summary>
    /// R ≥ 4.6 and coin: exact conditional permutation p-values even with ties (n &lt; 50, or when exact is
    /// requested), zeros kept when ranking and then given no sign (Pratt 1959); with exact = false, coin's
    /// asymptotic test on the permutation mean and variance, without continuity correction.
    /// With conf.int, the Hodges–Lehmann estimate is the median of the Walsh averages or differences, and the
    /// interval inverts the same test over the shift: the limits are the Walsh averages (signed rank) or
    /// differences (rank sum) next to the first gap between them, scanned in from each end, whose one-sided
    /// p-value (exact conditional, re-ranked at the gap's mid-point; or coin's asymptotic) exceeds α/2 (α one-sided);
    /// the level reported is the one achieved (see <c>ShiftInterval</c>; statistics.md §3.3). Without ties and
    /// zeros the exact interval is the classic one by quantiles of the signed-rank or rank-sum distribution.
    /// </summary>
    ExactWithTies,
}
