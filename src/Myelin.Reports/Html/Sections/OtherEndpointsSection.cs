using Myelin.Analysis;
using Myelin.Analysis.Results;

namespace Myelin.Reports.Html.Sections;

/// <summary>The other pre-specified endpoints, the sensitivity analyses of the primary endpoint and the off-treatment change.</summary>
internal static class OtherEndpointsSection
{
    public const string Id = "secondary";
    public const string SensitivityId = "sensitivity";

    public static void Write(HtmlWriter html, ReportContext ctx)
    {
        var others = ctx.Result.Endpoints.Where(e => e.Id != ctx.Primary.Id).ToList();
        html.Section(Id, "Secondary and exploratory endpoints");
        if (others.Count == 0)
        {
            html.P("The protocol pre-specifies no other endpoint.");
        }
        else
        {
            html.Table(["Endpoint", "Role", "n", "Mean, in words", "Change, mean (95% CI)", "Mean of individual % change (95% CI)", "Paired t p"],
                others.Select(e => Row(e, e.Groups.FirstOrDefault(g => g.By == "all"))),
                "All participants, observed cases; unadjusted p-values");
        }

        if (ctx.Result.OffTreatment is { } off)
        {
            html.H3("After treatment stopped");
            var g = off.Groups.FirstOrDefault(x => x.By == "all");
            html.P($"{off.Label}: " + (g is { N: > 0 } ? $"the mean {ChangeWording.Describe(g.Baseline.Mean, g.Followup.Mean)} from {ctx.At(off.FromEvent)} to {ctx.At(off.ToEvent)} (n = {g.N}; change {Format.Signed(g.Change.Mean)}, 95% CI {Format.Ci(g.Change.Ci)})." : "no participant has both values."));
            html.Table(["Group", "n", "Mean, in words", "Change, mean (95% CI)"],
                ctx.GroupRows(off, x => [ctx.GroupLabel(x), Format.Int(x.N), x.N > 0 ? ChangeWording.Describe(x.Baseline.Mean, x.Followup.Mean) : Format.Dash, $"{Format.Signed(x.Change.Mean)} ({Format.Ci(x.Change.Ci)})"]));
        }

        html.EndSection();
        html.Section(SensitivityId, "Sensitivity analyses of the primary endpoint");
        var rows = new List<IReadOnlyList<string>> { Sensitivity("Main analysis: " + ctx.Primary.Population + ", " + ctx.Primary.MissingData, ctx.Primary.Groups.FirstOrDefault(g => g.By == "all")) };
        foreach (var s in ctx.Result.Sensitivity)
        {
            if (s.Endpoint is { } e)
            {
                rows.Add(Sensitivity(s.Label, e.Groups.FirstOrDefault(g => g.By == "all")));
            }
            else if (s.Imputation?.Groups.FirstOrDefault(g => g.By == "all") is { } imputed)
            {
                rows.Add([s.Label, $"{imputed.N} ({imputed.NImputed} imputed)", Format.Dash, $"{Format.Signed(imputed.Change.Estimate)} ({Format.Ci(imputed.Change.ConfInt)})"]);
            }
        }

        html.Table(["Analysis", "n", "Mean, in words", "Change, mean (95% CI)"], rows, "All participants");
        html.EndSection();
    }

    private static string[] Row(EndpointResult e, GroupResult? g) => g is null || g.N == 0
        ? [e.Label, e.Role, "0", Format.Dash, Format.Dash, Format.Dash, Format.Dash]
        : [e.Label, e.Role, Format.Int(g.N), ChangeWording.Describe(g.Baseline.Mean, g.Followup.Mean),
            $"{Format.Signed(g.Change.Mean)} ({Format.Ci(g.Change.Ci)})",
            $"{Format.Signed(g.PercentChange.MeanOfIndividual.Value)}% ({Format.Ci(g.PercentChange.MeanOfIndividual.Ci)})",
            Format.P(g.PairedT.PValue)];

    private static string[] Sensitivity(string label, GroupResult? g) => g is null || g.N == 0
        ? [label, "0", Format.Dash, Format.Dash]
        : [label, Format.Int(g.N), ChangeWording.Describe(g.Baseline.Mean, g.Followup.Mean), $"{Format.Signed(g.Change.Mean)} ({Format.Ci(g.Change.Ci)})"];
}
