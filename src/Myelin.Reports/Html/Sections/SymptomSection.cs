using Myelin.Analysis;
using Myelin.Reports.Charts;

namespace Myelin.Reports.Html.Sections;

/// <summary>Each symptom item as a secondary endpoint, with Holm-adjusted p-values (table and forest plot).</summary>
internal static class SymptomSection
{
    public const string Id = "symptoms";

    public static void Write(HtmlWriter html, ReportContext ctx)
    {
        html.Section(Id, "Per-symptom changes");
        if (ctx.Result.SymptomItems is not { Items.Count: > 0 } symptoms)
        {
            html.P("The primary instrument has no other symptom items.");
            html.EndSection();
            return;
        }

        html.P($"Each symptom from {ctx.At(symptoms.FromEvent)} to {ctx.At(symptoms.ToEvent)}, all participants with both ratings. "
            + "p-values are adjusted across the symptoms by Holm's method (R's p.adjust); unadjusted values are given beside them.");
        var rows = symptoms.Items.Select(item =>
        {
            var g = item.Endpoint.Groups.FirstOrDefault(x => x.By == "all");
            return (IReadOnlyList<string>)(g is null || g.N == 0
                ? [item.Label, "0", Format.Dash, Format.Dash, Format.Dash, Format.Dash, Format.Dash, Format.Dash]
                : [item.Label, Format.Int(g.N), ChangeWording.Describe(g.Baseline.Mean, g.Followup.Mean), $"{Format.Signed(g.Change.Mean)} ({Format.Ci(g.Change.Ci)})",
                    Format.P(item.PairedTP), Format.P(item.PairedTPHolm), Format.P(item.SignedRankP), Format.P(item.SignedRankPHolm)]);
        });
        html.Table(["Symptom", "n", "Mean, in words", "Change, mean (95% CI)", "Paired t p", "Holm p", "Signed-rank p", "Holm p"], rows,
            "Symptom items: estimates, then tests (paired t and Wilcoxon signed-rank, each Holm-adjusted)");
        ctx.AddFigure(html, Figures.SymptomChanges(ctx.Result));
        html.EndSection();
    }
}
