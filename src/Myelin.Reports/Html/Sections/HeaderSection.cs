using System.Globalization;

namespace Myelin.Reports.Html.Sections;

/// <summary>Title block, the cautions a reader must see first, and the contents.</summary>
internal static class HeaderSection
{
    /// <summary>The single-arm caution (domain.md §1.1, §4.2): no control, so no causal reading of the change.</summary>
    public const string SingleArmCaution =
        "This study has a single arm and no control group. Without a control group, the change from baseline cannot be separated "
        + "from placebo response, regression to the mean or background treatment, so it is not evidence that the study product caused it.";

    public const string PilotNote =
        "This is a pilot trial, reported following the CONSORT 2010 extension to randomised pilot and feasibility trials (Eldridge et al., BMJ 2016;355:i5239). "
        + "Its purpose is to inform a future definitive trial: results are given first as estimates with 95% confidence intervals; "
        + "hypothesis tests follow them, are exploratory, and the pilot was not powered for them.";

    public static void Write(HtmlWriter html, ReportContext ctx, IReadOnlyList<(string Id, string Title)> contents)
    {
        var study = ctx.Protocol.Study;
        html.Raw("<header>\n");
        html.Raw("<div class=\"kind\">").Text(ctx.Pilot ? "Pilot trial report" : "Study report").Raw("</div>\n");
        html.Raw("<h1>").Text(study.Title).Raw("</h1>\n");
        html.P($"Study {study.Id}" + (study.Registration is { } reg ? $" · registration {reg}" : " · not registered") + $" · protocol version {study.ProtocolVersion}", "meta");
        html.P($"Design: {ReportText.Design(ctx.Protocol)} · {ctx.Data.Participants.Count} participants enrolled (target {study.TargetEnrolment})", "meta");
        if (ctx.Options.GeneratedAt is { } at)
        {
            html.P("Report written " + at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), "meta");
        }

        html.Raw("</header>\n");
        if (ctx.SingleArm)
        {
            html.Raw("<div class=\"caution\" id=\"single-arm-caution\"><strong>Caution: no control group</strong>").Text(SingleArmCaution).Raw("</div>\n");
        }

        if (ctx.Pilot)
        {
            html.Raw("<div class=\"note\" id=\"pilot-note\"><strong>Pilot trial</strong>").Text(PilotNote).Raw("</div>\n");
        }

        if (ctx.Result.Excluded.Count > 0)
        {
            int participants = ctx.Result.Excluded.Where(p => p.ExcludesParticipant).Select(p => p.Participant).Distinct().Count();
            html.Raw("<div class=\"caution\" id=\"exclusion-note\"><strong>Data were excluded</strong>")
                .Text($"{ctx.Result.Excluded.Count} data problems were found and the analysis ran on the valid rows only"
                    + (participants > 0 ? $" ({participants} participants left out entirely)" : string.Empty) + ". ")
                .Raw("<a href=\"#excluded\">See what was excluded and why.</a></div>\n");
        }

        html.Raw("<nav><strong>Contents</strong><ol>\n");
        foreach (var (id, title) in contents)
        {
            html.Raw($"<li><a href=\"#{id}\">").Text(title).Raw("</a></li>\n");
        }

        html.Raw("</ol></nav>\n");
    }
}
