using Myelin.Reports.Charts;
using Myelin.Reports.Model;

namespace Myelin.Reports.Html.Sections;

/// <summary>Doses taken against doses expected, per arm, and the analysis populations that depend on it.</summary>
internal static class AdherenceSection
{
    public const string Id = "adherence";

    public static void Write(HtmlWriter html, ReportContext ctx)
    {
        double threshold = ctx.Result.Settings.AdherenceThreshold;
        html.Section(Id, "Adherence and analysis populations");
        var rows = new List<IReadOnlyList<string>>();
        foreach (var arm in ctx.Protocol.Arms)
        {
            var members = ctx.Data.Participants.Where(p => p.Arm == arm.Code).ToList();
            var known = members.Where(p => p.Adherence is not null).Select(p => 100 * p.Adherence!.Value).ToList();
            var d = Describe.Of(known);
            rows.Add([arm.Label, Format.Int(members.Count), Format.Int(known.Count),
                d.N == 0 ? Format.Dash : $"{Format.Num(d.Mean)}% ({Format.Num(d.Sd)})",
                d.N == 0 ? Format.Dash : $"{Format.Num(d.Median)}% ({Format.Num(d.Q1)} to {Format.Num(d.Q3)})",
                d.N == 0 ? Format.Dash : Format.CountPct(known.Count(v => v >= 100 * threshold), known.Count)]);
        }

        html.Table(["Arm", "Enrolled", "With dose records", "Doses taken, mean % (SD)", "Median % (Q1 to Q3)", $"At least {100 * threshold:0}% taken, n (%)"], rows,
            "Doses taken as a percentage of the doses the arm prescribes over the time on study");
        ctx.AddFigure(html, Figures.Adherence(ctx.Data, threshold, ctx.By));
        html.H3("Analysis populations");
        html.Table(["Population", "Definition", "n", "Not included (reason)"],
            ctx.Result.Populations.Select(p => (IReadOnlyList<string>)[p.Label, p.Definition, Format.Int(p.N),
                p.Excluded.Count == 0 ? "none" : string.Join("; ", p.Excluded.GroupBy(x => x.Reason).Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Participant))}"))]),
            cssClass: "text");
        html.EndSection();
    }
}
