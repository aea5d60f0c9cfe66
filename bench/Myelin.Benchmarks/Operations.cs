using Myelin.Statistics.Models;
using Myelin.Statistics.Tests;

namespace Myelin.Benchmarks;

/// <summary>The timed operations, each the Myelin call that answers the same question as the R call named beside it.</summary>
public static class Operations
{
    private static readonly string[] ArmLevels = ["placebo", "active"];

    /// <summary>Name, R call, and the Myelin call returning a check value (the p-value; the arm estimate for ANCOVA;
    /// the lower confidence limit for the intervals, whose Walsh averages or differences number more than 2^24).</summary>
    public static IReadOnlyList<(string Name, string RCall, Func<BenchData, double> Run)> All { get; } =
    [
        ("welch_t_1e6", "t.test(x, y)", d => TTest.Run(d.X, d.Y).PValue),
        ("paired_t_1e6", "t.test(x, y, paired = TRUE)", d => TTest.Run(d.X, d.Y, new TTestOptions { Paired = true }).PValue),
        ("signed_rank_ties_1e6", "wilcox.test(vas_a, vas_b, paired = TRUE)",
            d => WilcoxTest.Run(d.VasA, d.VasB, new WilcoxOptions { Paired = true }).PValue),
        ("rank_sum_ties_1e6", "wilcox.test(vas_a, vas_b)", d => WilcoxTest.Run(d.VasA, d.VasB).PValue),
        ("signed_rank_exact_49", "wilcox.test(small)", d => WilcoxTest.Run(d.Small, null).PValue),
        ("signed_rank_exact_49_ci", "wilcox.test(small, conf.int = TRUE)",
            d => WilcoxTest.Run(d.Small, null, new WilcoxOptions { ConfInt = true }).PValue),
        ("signed_rank_ci_6000", "wilcox.test(vas_a[1:6000], vas_b[1:6000], paired = TRUE, conf.int = TRUE)",
            d => WilcoxTest.Run(d.VasA[..6000], d.VasB[..6000], new WilcoxOptions { Paired = true, ConfInt = true }).ConfInt!.Lower),
        ("rank_sum_ci_4200", "wilcox.test(vas_a[1:4200], vas_b[1:4200], conf.int = TRUE)",
            d => WilcoxTest.Run(d.VasA[..4200], d.VasB[..4200], new WilcoxOptions { ConfInt = true }).ConfInt!.Lower),
        ("ancova_1e6", "summary(lm(chg ~ arm + base)); confint(fit)",
            d => Ancova.Fit(d.Change, d.Arm, ArmLevels, [d.Baseline], ["base"]).Coefficient("groupactive").Estimate),
    ];
}
