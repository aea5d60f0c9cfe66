namespace Myelin.Reports.Html.Sections;

/// <summary>What was excluded from the analysis and why, when it ran on the valid rows only (--skip-invalid).</summary>
internal static class ExclusionsSection
{
    public const string Id = "excluded";

    public static void Write(HtmlWriter html, ReportContext ctx)
    {
        var excluded = ctx.Result.Excluded;
        html.Section(Id, "Excluded data");
        if (excluded.Count == 0)
        {
            html.P("No data were excluded: every row fitted the protocol.");
            html.EndSection();
            return;
        }

        var whole = excluded.Where(p => p.ExcludesParticipant).ToList();
        html.P($"The analysis ran on the valid rows only (skip-invalid). {excluded.Count} problems were found; "
            + (whole.Count > 0 ? $"{whole.Select(p => p.Participant).Distinct().Count()} participants were left out entirely ({string.Join(", ", whole.Select(p => p.Participant).Distinct())}), " : string.Empty)
            + "the other problems removed single rows. Each is listed with its line in the data file.");
        html.Table(["Line", "Participant", "Column", "What was wrong", "Effect"],
            excluded.Select(p => (IReadOnlyList<string>)[Format.Int(p.Line), p.Participant.Length == 0 ? Format.Dash : p.Participant, p.Column, p.Message,
                p.ExcludesParticipant ? "participant excluded" : "row excluded"]),
            cssClass: "text");
        html.EndSection();
    }
}
