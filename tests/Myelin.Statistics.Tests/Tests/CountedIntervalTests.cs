using Myelin.Statistics.Numerics;
using static Myelin.Statistics.Tests.Tests.BruteForceRankTests;
using CI = Myelin.Statistics.Tests.ConditionalIntervals;

namespace Myelin.Statistics.Tests.Tests;

/// <summary>
/// The asymptotic exact-with-ties Hodges–Lehmann interval without listing the candidates (<see cref="CountedShiftInterval"/>,
/// <see cref="SortedPairSet"/>): counts and order statistics equal those of the sorted list; the counted interval,
/// level and estimate equal the listed scan bit for bit (forced with maxListed = 0 on samples small enough to list);
/// and above 2^24 candidates the one-sided p-values of the test itself cross the target at each limit.
/// </summary>
public sealed class CountedIntervalTests
{
    private static readonly HtestAlternative[] Alternatives =
        [HtestAlternative.TwoSided, HtestAlternative.Less, HtestAlternative.Greater];

    private static readonly double[] Levels = [0.95, 0.9, 0.8, 0.99, 0.5];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 30)];

    /// <summary>Whole numbers -3..7, or two-decimal values (whose sums and differences round, so that neighbouring
    /// candidates can be adjacent doubles).</summary>
    private static double[] Sample(System.Random rng, int n, bool tied) => [.. Enumerable.Range(0, n)
        .Select(_ => tied ? rng.Next(-3, 8) : Math.Round(rng.NextDouble() * 20 - 6, 2))];

    /// <summary>Multiples of 1/64 in [-6, 14): sums and differences are exact, so a mid-point lies strictly inside its gap
    /// and the test at the mid-point sees no tie that the counted statistic does not.</summary>
    private static double[] Dyadic(System.Random rng, int n) => [.. Enumerable.Range(0, n).Select(_ => rng.Next(-384, 896) / 64.0)];

    private static WilcoxOptions Options(int seed) => new()
    {
        Alternative = Alternatives[seed % 3],
        ConfLevel = Levels[seed % Levels.Length],
        ConfInt = true,
        Exact = false,
        Mu = seed % 4 == 0 ? 1 : 0,
        Rule = WilcoxRule.ExactWithTies,
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Counts_and_order_statistics_equal_the_sorted_list(int seed)
    {
        var rng = new System.Random(seed);
        var d = Sample(rng, 1 + seed % 40, seed % 2 == 0);
        var y = Sample(rng, 1 + seed % 13, seed % 3 == 0);
        foreach (var (set, list) in new[] { (SortedPairSet.Walsh(d), WalshAverages(d)), (SortedPairSet.Differences(d, y), Differences(d, y)) })
        {
            Assert.Equal(list.Length, set.Count);
            for (int k = 1; k <= list.Length; k++)
            {
                Assert.Equal(list[k - 1], set.Select(k));
            }

            foreach (double v in list.Concat(Gaps(list)).Append(list[0] - 1).Append(list[^1] + 1))
            {
                Assert.Equal(list.Count(e => e < v), set.CountBelow(v));
                Assert.Equal(list.Count(e => e <= v), set.CountAtMost(v));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Counted_interval_equals_the_listed_scan(int seed)
    {
        var rng = new System.Random(100 + seed);
        bool tied = seed % 3 != 0;
        var d = Sample(rng, 1 + seed * 7 % 150, tied);
        var x = Sample(rng, 1 + seed * 5 % 70, tied);
        var y = Sample(rng, 1 + seed * 11 % 60, tied);
        var o = Options(seed);

        var (listed, listedEst) = CI.SignedRank(d, o, exact: false);
        var (counted, countedEst) = CI.SignedRank(d, o, exact: false, maxListed: 0);
        AssertSame(listed, counted, listedEst, countedEst, $"d = [{string.Join(", ", d)}], {o.Alternative} {o.ConfLevel}");

        var (listed2, listedEst2) = CI.RankSum(x, y, o, exact: false);
        var (counted2, countedEst2) = CI.RankSum(x, y, o, exact: false, maxListed: 0);
        AssertSame(listed2, counted2, listedEst2, countedEst2, $"x = [{string.Join(", ", x)}], y = [{string.Join(", ", y)}], {o.Alternative}");
    }

    [Theory]
    [InlineData(HtestAlternative.TwoSided, 0.95)]
    [InlineData(HtestAlternative.Less, 0.9)]
    [InlineData(HtestAlternative.Greater, 0.99)]
    public void Signed_rank_above_two_to_the_24_crosses_the_target_at_each_limit(HtestAlternative alt, double level)
    {
        // 6000 tied whole numbers with zeros: 18,003,000 Walsh averages.
        var rng = new System.Random(5);
        var d = Sample(rng, 6000, tied: true);
        var o = new WilcoxOptions { ConfInt = true, Rule = WilcoxRule.ExactWithTies, Alternative = alt, ConfLevel = level };
        var r = WilcoxTest.Run(d, null, o);

        Assert.Empty(r.Warnings);
        Assert.Equal(WilcoxTest.Run(d, null, o with { ConfInt = false }).PValue, r.PValue);
        Assert.Equal("(pseudo)median", r.Estimates[0].Name);
        AssertCrossing(SortedPairSet.Walsh(d), r, o,
            mu => WilcoxTest.Run(d, null, o with { ConfInt = false, Mu = mu, Alternative = HtestAlternative.Greater }).PValue,
            mu => WilcoxTest.Run(d, null, o with { ConfInt = false, Mu = mu, Alternative = HtestAlternative.Less }).PValue);
    }

    [Theory]
    [InlineData(HtestAlternative.TwoSided, 0.95, true)]
    [InlineData(HtestAlternative.Greater, 0.9, false)]
    public void Rank_sum_above_two_to_the_24_crosses_the_target_at_each_limit(HtestAlternative alt, double level, bool tied)
    {
        // 4200 × 4200 = 17,640,000 differences.
        var rng = new System.Random(6);
        var x = tied ? Sample(rng, 4200, tied) : Dyadic(rng, 4200);
        var y = tied ? Sample(rng, 4200, tied) : Dyadic(rng, 4200);
        var o = new WilcoxOptions { ConfInt = true, Rule = WilcoxRule.ExactWithTies, Alternative = alt, ConfLevel = level };
        var r = WilcoxTest.Run(x, y, o);

        Assert.Empty(r.Warnings);
        Assert.Equal("difference in location", r.Estimates[0].Name);
        AssertCrossing(SortedPairSet.Differences(x, y), r, o,
            mu => WilcoxTest.Run(x, y, o with { ConfInt = false, Mu = mu, Alternative = HtestAlternative.Greater }).PValue,
            mu => WilcoxTest.Run(x, y, o with { ConfInt = false, Mu = mu, Alternative = HtestAlternative.Less }).PValue);
    }

    /// <summary>
    /// The gap just inside each limit is not rejected and the gap just outside is; the level is one minus the
    /// p-values at the gaps just outside; the estimate is the median candidate. Tolerance 1e-15 absolute on the level:
    /// the test's p-value is computed from mid-ranks, the interval's from counts, the same normal tail of the same Z
    /// up to rounding of the standardisation.
    /// </summary>
    private static void AssertCrossing(SortedPairSet set, HtestResult r, WilcoxOptions o, Func<double, double> pGreater, Func<double, double> pLess)
    {
        double target = ShiftInterval.Target(o.Alternative, o.ConfLevel);
        var ci = r.ConfInt!;
        double Next(double v) => set.CountAtMost(v) < set.Count ? set.Select(set.CountAtMost(v) + 1) : double.NaN;
        double Prev(double v) => set.CountBelow(v) > 0 ? set.Select(set.CountBelow(v)) : double.NaN;
        double outside = 0;
        if (o.Alternative != HtestAlternative.Less)
        {
            Assert.Equal(ci.Lower, set.Select(set.CountAtMost(ci.Lower)));
            Assert.True(pGreater(ShiftInterval.Mid(ci.Lower, Next(ci.Lower))) > target, "inside the lower limit");
            double p = pGreater(ShiftInterval.Mid(Prev(ci.Lower), ci.Lower));
            Assert.True(p <= target, "outside the lower limit");
            outside += p;
        }

        if (o.Alternative != HtestAlternative.Greater)
        {
            Assert.Equal(ci.Upper, set.Select(set.CountAtMost(ci.Upper)));
            Assert.True(pLess(ShiftInterval.Mid(Prev(ci.Upper), ci.Upper)) > target, "inside the upper limit");
            double p = pLess(ShiftInterval.Mid(ci.Upper, Next(ci.Upper)));
            Assert.True(p <= target, "outside the upper limit");
            outside += p;
        }

        Assert.Equal(1 - outside, ci.Level, 1e-15);
        long n = set.Count;
        double median = n % 2 == 1 ? set.Select((n + 1) / 2) : (set.Select(n / 2) + set.Select(n / 2 + 1)) / 2;
        Assert.Equal(median, r.Estimates[0].Value);
    }

    private static void AssertSame(HtestInterval expected, HtestInterval actual, HtestValue[] expectedEst, HtestValue[] actualEst, string what)
    {
        Assert.True(expected.Lower.Equals(actual.Lower), $"lower {expected.Lower:R} vs {actual.Lower:R}: {what}");
        Assert.True(expected.Upper.Equals(actual.Upper), $"upper {expected.Upper:R} vs {actual.Upper:R}: {what}");
        Assert.True(expected.Level.Equals(actual.Level), $"level {expected.Level:R} vs {actual.Level:R}: {what}");
        Assert.Equal(expectedEst[0].Name, actualEst[0].Name);
        Assert.True(expectedEst[0].Value.Equals(actualEst[0].Value), $"estimate {expectedEst[0].Value:R} vs {actualEst[0].Value:R}: {what}");
    }
}
