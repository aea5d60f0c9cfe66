using static Myelin.Statistics.Tests.Tests.BruteForceRankTests;

namespace Myelin.Statistics.Tests.Tests;

/// <summary>
/// The exact-with-ties Hodges–Lehmann intervals on small tied samples with zeros (seeded, n ≤ 12, where coin
/// has no one-sample interval to compare with): against complete enumeration of the sign vectors or splits
/// (<see cref="BruteForceRankTests"/>), and against the defining property that at each limit the library's own
/// one-sided p-value crosses the target between the gap just outside and the gap just inside.
/// Tolerance: limits equal; levels 1e-15 absolute (exact counts over 2^m or C(N, nx), summed in another order).
/// </summary>
public sealed class ExactTiesIntervalPropertyTests
{
    private static readonly HtestAlternative[] Alternatives =
        [HtestAlternative.TwoSided, HtestAlternative.Less, HtestAlternative.Greater];

    private static readonly double[] Levels = [0.95, 0.9, 0.8, 0.99, 0.5];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 36)];

    private static double[] Tied(System.Random rng, int n) => [.. Enumerable.Range(0, n).Select(_ => (double)rng.Next(-3, 6))];

    private static WilcoxOptions Options(int seed, bool exact) => new()
    {
        Alternative = Alternatives[seed % 3],
        ConfLevel = Levels[seed % Levels.Length],
        ConfInt = true,
        Exact = exact,
        Mu = seed % 4 == 0 ? 1 : 0,
        Rule = WilcoxRule.ExactWithTies,
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Signed_rank_interval_matches_enumeration_of_all_sign_vectors(int seed)
    {
        var rng = new System.Random(seed);
        var d = Tied(rng, 1 + seed % 12);
        var o = Options(seed, exact: true);

        var expected = Interval(WalshAverages(d), mu => SignFlipTails(d, mu), o.Alternative, o.ConfLevel);
        var r = WilcoxTest.Run(d, null, o);

        AssertSame(expected, r.ConfInt!, $"d = [{string.Join(", ", d)}], {o.Alternative}, {o.ConfLevel}");
        Assert.Equal(Median(WalshAverages(d)), r.Estimates[0].Value);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Rank_sum_interval_matches_enumeration_of_all_splits(int seed)
    {
        var rng = new System.Random(1000 + seed);
        int nx = 1 + seed % 6, ny = 1 + seed / 6 % 6;
        var x = Tied(rng, nx);
        var y = Tied(rng, ny);
        var o = Options(seed, exact: true);

        var expected = Interval(Differences(x, y), mu => SubsetTails(x, y, mu), o.Alternative, o.ConfLevel);
        var r = WilcoxTest.Run(x, y, o);

        AssertSame(expected, r.ConfInt!, $"x = [{string.Join(", ", x)}], y = [{string.Join(", ", y)}], {o.Alternative}");
        Assert.Equal(Median(Differences(x, y)), r.Estimates[0].Value);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Signed_rank_p_value_crosses_the_target_at_each_limit(int seed)
    {
        var rng = new System.Random(2000 + seed);
        var d = Tied(rng, 2 + seed % 11);
        foreach (bool exact in new[] { true, false })
        {
            var o = Options(seed, exact);
            var ci = WilcoxTest.Run(d, null, o).ConfInt!;
            AssertCrossing(WalshAverages(d), ci, o, mu => WilcoxTest.Run(d, null, o with { ConfInt = false, Mu = mu, Alternative = HtestAlternative.Greater }).PValue,
                mu => WilcoxTest.Run(d, null, o with { ConfInt = false, Mu = mu, Alternative = HtestAlternative.Less }).PValue);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Rank_sum_p_value_crosses_the_target_at_each_limit(int seed)
    {
        var rng = new System.Random(3000 + seed);
        var x = Tied(rng, 2 + seed % 9);
        var y = Tied(rng, 3 + seed / 9 % 8);
        foreach (bool exact in new[] { true, false })
        {
            var o = Options(seed, exact);
            var ci = WilcoxTest.Run(x, y, o).ConfInt!;
            AssertCrossing(Differences(x, y), ci, o, mu => WilcoxTest.Run(x, y, o with { ConfInt = false, Mu = mu, Alternative = HtestAlternative.Greater }).PValue,
                mu => WilcoxTest.Run(x, y, o with { ConfInt = false, Mu = mu, Alternative = HtestAlternative.Less }).PValue);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Without_ties_the_scan_is_the_classic_exact_interval(int seed)
    {
        // The classic interval (Walsh-average / difference quantiles with R 4.6's step) is what the scan gives when the
        // conditional distribution does not change with the shift; both paths must agree to the last bit.
        var rng = new System.Random(4000 + seed);
        // μ = 0 and no zero: the classic path subtracts and adds μ back, as R does, which may move the last bit.
        double[] Distinct(int n) => [.. Enumerable.Range(0, n).Select(_ => Math.Round(rng.NextDouble() * 20 - 5, 3)).Where(v => v != 0).Distinct()];
        var d = Distinct(1 + seed % 20);
        var x = Distinct(1 + seed % 7);
        var y = Distinct(2 + seed % 9).Except(x).ToArray();
        var o = Options(seed, exact: true) with { Mu = 0 };

        var classic = WilcoxTest.Run(d, null, o).ConfInt!;
        var (scan, _) = Statistics.Tests.ConditionalIntervals.SignedRank(d, o, exact: true);
        AssertSame(classic, scan, $"d = [{string.Join(", ", d)}]");

        var classic2 = WilcoxTest.Run(x, y, o).ConfInt!;
        var (scan2, _) = Statistics.Tests.ConditionalIntervals.RankSum(x, y, o, exact: true);
        AssertSame(classic2, scan2, $"x = [{string.Join(", ", x)}], y = [{string.Join(", ", y)}]");
    }

    [Fact]
    public void Signed_rank_tails_at_every_gap_equal_enumeration()
    {
        double[] d = [2, 0, 1, -1, 3, 0, 2, 2, -2, 1, 4, 1];
        foreach (double mu in Gaps(WalshAverages(d)).Concat(d))
        {
            var expected = SignFlipTails(d, mu);
            var actual = Statistics.Tests.ConditionalIntervals.ExactSignFlipTails(d, mu);
            Assert.Equal(expected.Lower, actual.Lower, 1e-15);
            Assert.Equal(expected.Upper, actual.Upper, 1e-15);
        }
    }

    [Fact]
    public void Only_the_exact_interval_is_limited_to_two_to_the_24_candidates()
    {
        // The asymptotic interval above 2^24 is counted, not listed (CountedIntervalTests); the exact one inverts
        // a conditional distribution per gap over the listed candidates, so it stops there with a warning.
        Assert.Null(Statistics.Tests.ConditionalIntervals.TooMany(1L << 24, "Walsh averages"));
        Assert.Equal("confidence interval not computed: it needs all 18003000 Walsh averages, more than 16777216",
            Statistics.Tests.ConditionalIntervals.TooMany(18003000, "Walsh averages"));
    }

    private static void AssertCrossing(double[] candidates, HtestInterval ci, WilcoxOptions o,
        Func<double, double> pGreater, Func<double, double> pLess)
    {
        double alpha = 1 - o.ConfLevel;
        double target = (o.Alternative == HtestAlternative.TwoSided ? alpha / 2 : alpha) + 10 * 2.220446049250313e-16;
        var u = candidates.Distinct().Order().ToArray();
        var gaps = Gaps(candidates);
        string what = $"{o.Alternative} {o.ConfLevel} exact={o.Exact} [{ci.Lower}, {ci.Upper}]";
        if (o.Alternative != HtestAlternative.Less)
        {
            int i = Array.IndexOf(u, ci.Lower);
            Assert.True(i >= 0, what);
            if (i < u.Length - 1)
            {
                Assert.True(pGreater(gaps[i + 1]) > target, $"inside the lower limit: {what}");
            }

            // Every scanned gap below the limit rejects, the one just outside included; a limit at the smallest
            // candidate has no scanned gap below it (the level then reports the tail beyond the data).
            Assert.All(gaps.Skip(1).Take(i), g => Assert.True(pGreater(g) <= target, $"below the lower limit at {g}: {what}"));
        }

        if (o.Alternative != HtestAlternative.Greater)
        {
            int i = Array.IndexOf(u, ci.Upper);
            Assert.True(i >= 0, what);
            if (i > 0)
            {
                Assert.True(pLess(gaps[i]) > target, $"inside the upper limit: {what}");
            }

            Assert.All(gaps.Skip(i + 1).Take(u.Length - 1 - i), g => Assert.True(pLess(g) <= target, $"above the upper limit at {g}: {what}"));
        }
    }

    private static void AssertSame(HtestInterval expected, HtestInterval actual, string what)
    {
        Assert.True(expected.Lower.Equals(actual.Lower), $"lower {expected.Lower:R} vs {actual.Lower:R}: {what}");
        Assert.True(expected.Upper.Equals(actual.Upper), $"upper {expected.Upper:R} vs {actual.Upper:R}: {what}");
        Assert.True(Math.Abs(expected.Level - actual.Level) <= 1e-15, $"level {expected.Level:R} vs {actual.Level:R}: {what}");
    }

    private static double Median(double[] sorted) => sorted.Length % 2 == 1
        ? sorted[sorted.Length / 2]
        : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}
