using Myelin.Analysis;
using Myelin.Analysis.Results;

namespace Myelin.Reports.Html.Sections;

/// <summary>The primary result in sentences: each group's change worded by ChangeWording, then the between-arm estimate.</summary>
internal static class SummarySection
{
    public const string Id = "summary";

    public static void Write(HtmlWriter html, ReportContext ctx)
    {
        var primary = ctx.Primary;
        html.Section(Id, "Summary of the primary endpoint");
        html.P($"Primary endpoint: {primary.Label} ({ctx.VariableLabel.ToLowerInvariant()}, {ctx.At(primary.FromEvent)} to {ctx.At(primary.ToEvent)}; "
            + $"{Population(ctx)}, observed cases).");
        var lines = new List<string>();
        foreach (var row in ctx.GroupRows(primary, g => [Sentence(ctx, g)]))
        {
            if (!row[0].StartsWith('§'))
            {
                lines.Add(row[0]);
            }
        }

        html.Raw("<ul class=\"finding\">\n");
        foreach (string line in lines)
        {
            html.Raw("<li>").Text(line).Raw("</li>\n");
        }

        html.Raw("</ul>\n");
        foreach (var c in primary.Comparisons.Where(c => c.By == "arm"))
        {
            html.P(ComparisonSentence(ctx, c), "finding");
        }

        html.P("Changes are follow-up minus baseline: a negative change is a fall in the score (an improvement on a symptom scale). "
            + "Percentages are of the baseline mean (change of means); the mean of each participant's own percent change is in the primary-endpoint table.");
        html.EndSection();
    }

    /// <summary>"All participants (n = 28): the overall symptom score fell from 7.2 to 1.6 (−5.6 points, −78%); mean change −5.6 (95% CI −6.1 to −5.0)."</summary>
    public static string Sentence(ReportContext ctx, GroupResult g)
    {
        if (g.N == 0)
        {
            return $"{ctx.GroupLabel(g)}: no participant has both values.";
        }

        string wording = ChangeWording.Describe(g.Baseline.Mean, g.Followup.Mean);
        return $"{ctx.GroupLabel(g)} (n = {g.N}): the mean {ctx.VariableLabel.ToLowerInvariant()} {wording} from {ctx.At(ctx.Primary.FromEvent)} to {ctx.At(ctx.Primary.ToEvent)}; "
            + $"mean change {Format.Signed(g.Change.Mean)} points (95% CI {Format.Ci(g.Change.Ci)}).";
    }

    public static string ComparisonSentence(ReportContext ctx, ComparisonResult c)
    {
        string level = ctx.Protocol.FindArm(c.Level)?.Label ?? c.Level;
        string reference = ctx.Protocol.FindArm(c.Reference)?.Label ?? c.Reference;
        var a = c.Ancova;
        if (a.Estimate is not { } d)
        {
            return $"{level} against {reference}: the baseline-adjusted difference could not be estimated ({a.Error}).";
        }

        string direction = Math.Round(d, 1) < 0 ? "lower" : Math.Round(d, 1) > 0 ? "higher" : "no different";
        string size = direction == "no different" ? string.Empty : $"{Format.Num(Math.Abs(d))} points ";
        return $"Adjusted for baseline (ANCOVA), the {ctx.At(ctx.Primary.ToEvent)} score on {level} was {size}{direction} than on {reference}: "
            + $"difference {Format.Signed(d)} points (95% CI {Format.Ci(a.ConfInt)}; n = {c.NLevel} and {c.NReference}).";
    }

    private static string Population(ReportContext ctx) =>
        ctx.Result.Populations.FirstOrDefault(p => p.Id == ctx.Primary.Population)?.Label.ToLowerInvariant() ?? ctx.Primary.Population;
}
