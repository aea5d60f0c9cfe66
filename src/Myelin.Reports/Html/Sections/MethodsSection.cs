using System.Globalization;
using System.Net;
using System.Reflection;
using Myelin.Domain.Protocols;

namespace Myelin.Reports.Html.Sections;

/// <summary>Methods written from the protocol and the analysis settings: design, dose, schedule, endpoints, populations, tests, software, data hash.</summary>
internal static class MethodsSection
{
    public const string Id = "methods";

    public static void Write(HtmlWriter html, ReportContext ctx)
    {
        var protocol = ctx.Protocol;
        var settings = ctx.Result.Settings;
        string conf = (100 * settings.ConfLevel).ToString("0.##", CultureInfo.InvariantCulture) + "%";
        html.Section(Id, "Methods");
        html.Raw("<dl class=\"methods\">\n");
        Item(html, "Design", $"{Cap(ReportText.Design(protocol))}. Target enrolment {protocol.Study.TargetEnrolment}; "
            + $"{protocol.Study.Sites.Count} site(s): {string.Join("; ", protocol.Study.Sites.Select(s => s.Name))}."
            + (protocol.Study.Registration is { } r ? $" Registered as {r}." : " No registration number is recorded in the protocol.")
            + (ctx.Pilot ? " Reported as a pilot trial (CONSORT extension for pilot and feasibility trials)." : string.Empty));
        Item(html, "Intervention", string.Join(" ", protocol.Arms.Select(a => $"{a.Label}: {a.Product}, {ReportText.Regimen(a)}{(a.Kind == ArmKind.Placebo ? " (placebo)" : string.Empty)}.")));
        var schedule = protocol.Schedule;
        Item(html, "Schedule", $"Treatment from week {schedule.Treatment.StartWeek} to week {schedule.Treatment.EndWeek}"
            + (schedule.FollowUp is { } f ? $", then off-treatment follow-up to week {f.EndWeek}." : "; no off-treatment follow-up.")
            + " " + string.Join(" ", schedule.Definitions.Select(d => $"{d.Label}: {Timing(protocol, d)}, {string.Join(", ", d.Instruments.Select(i => protocol.FindInstrument(i)?.Label ?? i))}.")));
        if (protocol.Screening is { } screening)
        {
            Item(html, "Eligibility", string.Join("; ", screening.Criteria.Select(c => (c.Kind == CriterionKind.Exclusion ? "excluded if: " : "required: ") + c.Label)) + ".");
        }

        Item(html, "Endpoints", string.Join(" ", protocol.Endpoints.Select(e => $"{Cap(e.Role.ToString().ToLowerInvariant())}: {e.Label} ({e.Instrument}/{e.Variable}, {ReportText.EventWithId(protocol, e.FromEvent)} to {ReportText.EventWithId(protocol, e.ToEvent)})."))
            + (ctx.Result.SymptomItems is { } s ? $" Each symptom item of '{s.Instrument}' is also analysed as a secondary endpoint." : string.Empty));
        Item(html, "Populations", string.Join(" ", ctx.Result.Populations.Select(p => $"{p.Label}: {p.Definition} (n = {p.N})."))
            + $" Main results: {settings.PrimaryPopulation}.");
        Item(html, "Missing data", $"Main analysis: {settings.MissingData} (participants with both values). Sensitivity analyses: "
            + string.Join("; ", ctx.Result.Sensitivity.Select(x => x.Label))
            + (settings.Imputations > 0 ? $". Multiple imputation: {settings.Imputations} imputations (normal linear regression on baseline, separately per arm), seed {settings.Seed}, pooled by Rubin's rules." : "."));
        Item(html, "Statistical methods",
            $"All intervals are {conf}. Change from baseline (follow-up − baseline) with its t interval; percent change both as the mean of individual percent changes "
            + "(with t interval) and as the change of the means; responders at ≥30% and ≥50% reduction (IMMPACT) and ≥2 points (Farrar 2001) with exact Clopper–Pearson intervals. "
            + "Within groups: paired t test and Wilcoxon signed-rank test with the Hodges–Lehmann estimate. "
            + (protocol.Arms.Count > 1 || ctx.Primary.Comparisons.Count > 0
                ? "Between groups: ANCOVA of the follow-up score adjusted for baseline (Vickers & Altman 2001), Welch's t test and the Wilcoxon rank-sum test of the change with the Hodges–Lehmann shift. "
                : string.Empty)
            + "Symptom items: Holm's adjustment across the items. Every statistic follows the semantics of R 4.2.2 and is checked against it."
            + (ctx.Pilot ? " As a pilot, estimates with confidence intervals are the results; hypothesis tests are exploratory." : string.Empty));
        Item(html, "Software", $"{ctx.Inputs.SoftwareVersion ?? "version not given"}; analysis {settings.Software}; report Myelin.Reports {Version()}; charts ScottPlot 5 with bundled DejaVu Sans.");
        html.Raw("<dt>Data</dt><dd>").Text(ctx.Inputs.DataSource ?? "source not given").Text(". ")
            .Text("SHA-256 of the data file: ").Raw("<span class=\"hash\">").Text(ctx.Inputs.DataSha256 ?? "not given (not read from a file)").Raw("</span>");
        if (ctx.Inputs.ProtocolSha256 is { } ph)
        {
            html.Text(". SHA-256 of the protocol: ").Raw("<span class=\"hash\">").Text(ph).Raw("</span>");
        }

        html.Text(settings.SkipInvalid ? ". Rows that did not fit the protocol were excluded (skip-invalid; see Excluded data)." : ". Every row fitted the protocol.").Raw("</dd>\n");
        html.Raw("</dl>\n");
        html.EndSection();
    }

    private static void Item(HtmlWriter html, string term, string text) =>
        html.Raw("<dt>").Text(term).Raw("</dt><dd>").Raw(WebUtility.HtmlEncode(text)).Raw("</dd>\n");

    private static string Timing(Protocol protocol, EventDefinition d) => d.Repeat is { } r
        ? $"every {r.EveryWeeks} week(s) from week {r.FromWeek} to week {r.ToWeek}"
        : ReportText.Event(protocol, d.Id);

    private static string Cap(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Version() =>
        typeof(MethodsSection).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0]
        ?? typeof(MethodsSection).Assembly.GetName().Version?.ToString() ?? "0";
}
