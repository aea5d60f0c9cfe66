using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Tests;

/// <summary>
/// <see cref="ShiftInterval.Invert"/> for a test whose tails depend on the shift μ only through the number of
/// candidates above μ, V(μ) = #{c &gt; μ} (the asymptotic signed-rank and rank-sum tests under
/// <see cref="WilcoxRule.ExactWithTies"/>, whose variance does not change between candidates), computed without
/// listing the candidates (<see cref="SortedPairSet"/>). The upper tail grows as V falls and the lower tail as V
/// rises, so the first gap scanned in from each end that is not rejected is found by bisection over V, and the limit
/// is an order statistic of the candidates (Hodges &amp; Lehmann 1963; Bauer 1972, JASA 67:687, whose interval is
/// the pair of order statistics where the inverted test stops rejecting).
/// <para>
/// In the gap above a candidate u, V = n − #{c ≤ u}; the lower limit is the c*-th smallest candidate, c* the least
/// count below-or-at with upper tail above the target; the upper limit is the g*-th largest, g* the least V with
/// lower tail above it. The reported level is one minus the tails at the gaps just outside the limits (beyond all
/// candidates when the limit is the extreme one), as <see cref="ShiftInterval"/> reports.
/// </para>
/// <para>
/// The listed scan evaluates V at each gap's mid-point. When two neighbouring distinct candidates are adjacent
/// doubles (decimal data give such Walsh averages and differences) the mid-point rounds onto the upper one and V
/// there is that candidate's count; so the gap next to each limit is re-evaluated at its mid-point, which moves a
/// limit at most one candidate outward, and the levels are taken at mid-points too. The result is then the listed
/// scan's, bit for bit.
/// </para>
/// </summary>
internal static class CountedShiftInterval
{
    /// <param name="set">The candidates.</param>
    /// <param name="tails">One-sided tails (P(S ≤ s), P(S ≥ s)) when V candidates lie above the shift.</param>
    /// <param name="alternative">Alternative hypothesis.</param>
    /// <param name="confLevel">Requested level.</param>
    public static HtestInterval Invert(SortedPairSet set, Func<long, (double Lower, double Upper)> tails,
        HtestAlternative alternative, double confLevel)
    {
        long n = set.Count;
        double target = ShiftInterval.Target(alternative, confLevel);
        double lo = double.NegativeInfinity, hi = double.PositiveInfinity, achievedLo = 0, achievedHi = 0;
        if (alternative != HtestAlternative.Less)
        {
            bool Inside(long v) => tails(v).Upper > target;
            long c = FirstTrue(n, c => Inside(n - c));
            lo = set.Select(c);
            if (Previous(set, lo) is double p && Inside(AboveGap(set, p, lo)))
            {
                lo = p; // the gap's mid-point rounded onto lo, where the scan sees lo's own count
            }

            achievedLo = tails(Previous(set, lo) is double q ? AboveGap(set, q, lo) : n).Upper;
        }

        if (alternative != HtestAlternative.Greater)
        {
            bool Inside(long v) => tails(v).Lower > target;
            long g = FirstTrue(n, g => Inside(g));
            hi = set.Select(n - g + 1);
            if (Previous(set, hi) is double p && !Inside(AboveGap(set, p, hi)))
            {
                hi = p; // the gap's mid-point rounded onto hi, so the scan rejects it and stops one gap lower
            }

            achievedHi = tails(Next(set, hi) is double q ? AboveGap(set, hi, q) : 0).Lower;
        }

        return new HtestInterval(lo, hi, 1 - (achievedLo + achievedHi));
    }

    /// <summary>The median of the candidates, as R's median of the sorted list.</summary>
    public static double Median(SortedPairSet set)
    {
        long n = set.Count;
        return n % 2 == 1 ? set.Select((n + 1) / 2) : (set.Select(n / 2) + set.Select(n / 2 + 1)) / 2;
    }

    /// <summary>V in the gap between neighbouring distinct candidates, evaluated at its mid-point as the listed scan does.</summary>
    private static long AboveGap(SortedPairSet set, double below, double above)
        => set.Count - set.CountAtMost(ShiftInterval.Mid(below, above));

    /// <summary>The largest candidate below <paramref name="v"/>, or null.</summary>
    private static double? Previous(SortedPairSet set, double v)
        => set.CountBelow(v) is long k and > 0 ? set.Select(k) : null;

    /// <summary>The smallest candidate above <paramref name="v"/>, or null.</summary>
    private static double? Next(SortedPairSet set, double v)
        => set.CountAtMost(v) is long k && k < set.Count ? set.Select(k + 1) : null;

    /// <summary>Least k in [1, n] where the monotone <paramref name="holds"/> is true; n when it never is.</summary>
    private static long FirstTrue(long n, Func<long, bool> holds)
    {
        long lo = 1, hi = n;
        while (lo < hi)
        {
            long mid = lo + (hi - lo) / 2;
            if (holds(mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
