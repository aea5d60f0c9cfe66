using Myelin.Analysis.Results;
using Myelin.Statistics;
using Myelin.Statistics.Proportions;
using Myelin.Statistics.Tests;

namespace Myelin.Analysis.Engine;

/// <summary>
/// The tests the analysis uses, called in Myelin.Statistics with R's semantics and turned into result objects:
/// the numbers are R's <c>htest</c> fields; R's errors (too few values, constant data) become an error text.
/// </summary>
internal static class Inference
{
    /// <summary><c>t.test(followUp, baseline, paired = TRUE)</c>: the estimate is the mean change.</summary>
    public static HTest PairedT(double[] followUp, double[] baseline, double confLevel) =>
        Convert(TTest.Run(followUp, baseline, new TTestOptions { Paired = true, ConfLevel = confLevel }), "Paired t-test");

    /// <summary><c>t.test(x)</c>.</summary>
    public static HTest OneSampleT(double[] x, double confLevel) =>
        Convert(TTest.Run(x, null, new TTestOptions { ConfLevel = confLevel }), "One Sample t-test");

    /// <summary><c>t.test(x, y)</c> (Welch); the estimate is mean(x) − mean(y).</summary>
    public static HTest WelchT(double[] x, double[] y, double confLevel) =>
        Convert(TTest.Run(x, y, new TTestOptions { ConfLevel = confLevel }), "Welch Two Sample t-test");

    /// <summary><c>wilcox.test(followUp, baseline, paired = TRUE, conf.int = TRUE)</c>: the estimate is the (pseudo)median of the changes.</summary>
    public static HTest SignedRank(double[] followUp, double[] baseline, double confLevel) =>
        Convert(WilcoxTest.Run(followUp, baseline, new WilcoxOptions { Paired = true, ConfInt = true, ConfLevel = confLevel }), "Wilcoxon signed rank test");

    /// <summary><c>wilcox.test(x, y, conf.int = TRUE)</c>: the estimate is the Hodges–Lehmann shift of x against y.</summary>
    public static HTest RankSum(double[] x, double[] y, double confLevel) =>
        Convert(WilcoxTest.Run(x, y, new WilcoxOptions { ConfInt = true, ConfLevel = confLevel }), "Wilcoxon rank sum test");

    /// <summary><c>binom.test(x, n, conf.level)$conf.int</c>.</summary>
    public static (double Lower, double Upper) ClopperPearson(int successes, int trials, double confLevel) =>
        Statistics.Proportions.ClopperPearson.Interval(successes, trials, confLevel);

    /// <summary><c>p.adjust(p, "holm")</c>; NaN (R's NA) stays NaN and does not count towards n.</summary>
    public static double[] Holm(double[] p) => PAdjust.Adjust(p, PAdjustMethod.Holm);

    private static HTest Convert(HtestResult r, string method)
    {
        if (r.Error is not null)
        {
            return HTest.Failed(method, r.Error);
        }

        // A two-sample t test reports both means; the analysis reports their difference, as the CI does.
        double? estimate = r.Estimates.Count switch
        {
            0 => null,
            1 => Finite(r.Estimates[0].Value),
            _ => Finite(r.Estimates[0].Value - r.Estimates[1].Value),
        };
        double? parameter = r.Parameters.Count > 0 ? Finite(r.Parameters[0].Value) : null;
        IReadOnlyList<double>? ci = r.ConfInt is { } c ? [c.Lower, c.Upper] : null;
        return new HTest(r.Method.Length > 0 ? r.Method : method, Finite(r.Statistic), parameter, Finite(r.PValue), ci, r.ConfInt?.Level, estimate, null);
    }

    private static double? Finite(double v) => double.IsNaN(v) ? null : v;
}
