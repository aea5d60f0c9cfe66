using Myelin.Analysis.Results;

namespace Myelin.Reports.Html.Sections;

/// <summary>
/// The primary endpoint per group: estimates with 95% CIs first (change, percent change both ways, responders), then
/// the hypothesis tests, as the CONSORT pilot extension asks (item 17) and as suits any small study.
/// </summary>
internal static class PrimarySection
{
    public const string Id = "primary";

    public static void Write(HtmlWriter html, ReportContext ctx)
    {
        var primary = ctx.Primary;
        string from = ctx.At(primary.FromEvent), to = ctx.At(primary.ToEvent);
        html.Section(Id, "Primary endpoint");
        html.P($"{primary.Label}. Observed cases: participants with a value at both {from} ({primary.FromEvent}) and {to} ({primary.ToEvent}).");
        html.H3("Estimates with 95% confidence intervals", "primary-estimates");
        html.Table(
            ["Group", "n", $"Baseline ({from}) mean (SD)", $"{Cap(to)} mean (SD)", "Change, mean (95% CI)", "Change in words"],
            ctx.GroupRows(primary, g => [ctx.GroupLabel(g), Format.Int(g.N), MeanSd(g.Baseline), MeanSd(g.Followup), $"{Format.Signed(g.Change.Mean)} ({Format.Ci(g.Change.Ci)})", g.N > 0 ? g.Wording : Format.Dash]),
            "Change from baseline (follow-up − baseline; negative is a fall in the score)");
        html.Table(
            ["Group", "n", "Mean of individual % changes (95% CI)", "Change of means, % of baseline mean"],
            ctx.GroupRows(primary, g => [ctx.GroupLabel(g), Format.Int(g.N),
                $"{Format.Signed(g.PercentChange.MeanOfIndividual.Value)}% ({Format.Ci(g.PercentChange.MeanOfIndividual.Ci)})",
                $"{Format.Signed(g.PercentChange.ChangeOfMeans.Value)}%"]),
            "Percent change, both definitions: the mean of each participant's 100 × (follow-up − baseline) / baseline, and 100 × (mean follow-up − mean baseline) / mean baseline");
        var sample = primary.Groups.Count > 0 ? primary.Groups[0].Responders : null;
        html.Table(
            ["Group", "n", sample?.Ge30.Label ?? "≥30% reduction", sample?.Ge50.Label ?? "≥50% reduction", sample?.Ge2points.Label ?? "≥2-point reduction"],
            ctx.GroupRows(primary, g => [ctx.GroupLabel(g), Format.Int(g.N), Responders(g.Responders.Ge30), Responders(g.Responders.Ge50), Responders(g.Responders.Ge2points)]),
            "Responders, n (%) with exact Clopper–Pearson 95% CI (IMMPACT ≥30% and ≥50%; Farrar ≥2 points)");

        var comparisons = primary.Comparisons.Where(c => c.By == "arm").Concat(primary.Comparisons.Where(c => c.By != "arm")).ToList();
        if (comparisons.Count > 0)
        {
            html.Table(
                ["Comparison", "n", $"ANCOVA: {to} adjusted for baseline, difference (95% CI)", "Welch: difference in change (95% CI)", "Rank-sum: Hodges–Lehmann shift (95% CI)"],
                comparisons.Select(c => (IReadOnlyList<string>)[Comparison(ctx, c), $"{c.NLevel} vs {c.NReference}",
                    $"{Format.Signed(c.Ancova.Estimate)} ({Format.Ci(c.Ancova.ConfInt)})",
                    $"{Format.Signed(c.WelchT.Estimate)} ({Format.Ci(c.WelchT.ConfInt)})",
                    $"{Format.Signed(c.RankSum.Estimate)} ({Format.Ci(c.RankSum.ConfInt)})"]),
                "Between groups (level − reference); the arm comparison is the randomised one, the others are descriptive");
        }

        html.H3(ctx.Pilot ? "Hypothesis tests (exploratory: the pilot was not powered for them)" : "Hypothesis tests", "primary-tests");
        if (ctx.Pilot)
        {
            html.P("Following the CONSORT pilot extension, these tests come after the estimates above and are not the focus of a pilot.");
        }

        html.Table(
            ["Group", "n", "Paired t: t (df)", "Paired t: p", "Signed-rank: V", "Signed-rank: p", "Hodges–Lehmann estimate (CI)"],
            ctx.GroupRows(primary, g => [ctx.GroupLabel(g), Format.Int(g.N),
                g.PairedT.Statistic is null ? Failed(g.PairedT) : $"{Format.Num(g.PairedT.Statistic, 2)} ({Format.Num(g.PairedT.Parameter, 0)})",
                Format.P(g.PairedT.PValue),
                g.SignedRank.Statistic is null ? Failed(g.SignedRank) : Format.Num(g.SignedRank.Statistic, 1),
                Format.P(g.SignedRank.PValue),
                $"{Format.Signed(g.SignedRank.Estimate)} ({Format.Ci(g.SignedRank.ConfInt)})"]),
            "Within-group tests of follow-up against baseline (two-sided)");
        if (comparisons.Count > 0)
        {
            html.Table(
                ["Comparison", "ANCOVA: t (df)", "ANCOVA: p", "Welch t: p", "Rank-sum: W", "Rank-sum: p"],
                comparisons.Select(c => (IReadOnlyList<string>)[Comparison(ctx, c),
                    c.Ancova.T is null ? c.Ancova.Error ?? Format.Dash : $"{Format.Num(c.Ancova.T, 2)} ({Format.Num(c.Ancova.Df, 0)})",
                    Format.P(c.Ancova.PValue), Format.P(c.WelchT.PValue), Format.Num(c.RankSum.Statistic, 1), Format.P(c.RankSum.PValue)]),
                "Between-group tests (two-sided)");
        }

        html.EndSection();
    }

    private static string Comparison(ReportContext ctx, ComparisonResult c) =>
        $"{Models.ReportGroupingLabel(ctx, c.By, c.Level)} vs {Models.ReportGroupingLabel(ctx, c.By, c.Reference)}";

    private static string MeanSd(ValueSummary v) => $"{Format.Num(v.Mean)} ({Format.Num(v.Sd)})";

    private static string Responders(ResponderCount r) =>
        r.Of == 0 ? Format.Dash : $"{r.N}/{r.Of} ({Format.Pct(r.Pct)}; CI {Format.Ci(r.Ci, 0)}%)";

    private static string Failed(HTest test) => test.Error is { } e ? "not computed: " + e : Format.Dash;

    private static string Cap(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
