using System.Globalization;
using Myelin.Domain.Records;
using Myelin.Reports.Charts;
using Myelin.Reports.Model;

namespace Myelin.Reports.Html.Sections;

/// <summary>Harms (CONSORT item 19): adverse events per arm and listed; laboratory values over time with units.</summary>
internal static class SafetySection
{
    public const string AeId = "adverse-events";
    public const string LabsId = "labs";

    public static void Write(HtmlWriter html, ReportContext ctx)
    {
        html.Section(AeId, "Adverse events");
        var events = ctx.Inputs.AdverseEvents;
        if (events is null)
        {
            html.P("Adverse-event records were not given to the report (for example, an analysis from a data file alone), so none are shown. This is not a statement that none occurred.");
        }
        else if (events.Count == 0)
        {
            html.P("No adverse events were recorded.");
        }
        else
        {
            WriteEvents(html, ctx, events);
        }

        html.EndSection();
        html.Section(LabsId, "Laboratory values over time");
        var labs = LabItem.Find(ctx.Data);
        if (labs.Count == 0)
        {
            html.P("No laboratory values were recorded.");
        }
        else
        {
            var rows = new List<IReadOnlyList<string>>();
            var levels = ReportGrouping.Levels(ctx.Protocol, ctx.Data, ctx.By);
            foreach (var lab in labs)
            {
                rows.Add([$"§{lab.LabelWithUnit}"]);
                for (int e = 0; e < lab.Values.Events.Count; e++)
                {
                    var column = lab.Values.ByEvent[e];
                    var cells = new List<string> { ctx.At(lab.Values.Events[e].Id) };
                    foreach (string level in levels)
                    {
                        var d = Describe.Of(ctx.Data.Participants.Where(p => ReportGrouping.LevelOf(p, ctx.By) == level).Select(p => column[p.Index]));
                        cells.Add(d.N == 0 ? Format.Dash : $"{Format.Num(d.Mean, Decimals(d.Mean))} ({Format.Num(d.Sd, Decimals(d.Mean))}), n = {d.N}");
                    }

                    rows.Add(cells);
                }
            }

            html.Table(["Visit", .. levels.Select(l => ReportGrouping.Label(ctx.Protocol, ctx.By, l))], rows, "Mean (SD) and n at each visit; units beside each measurement");
            ctx.AddFigure(html, Figures.Labs(ctx.Data, ctx.By));
        }

        html.EndSection();
    }

    private static void WriteEvents(HtmlWriter html, ReportContext ctx, IReadOnlyList<ReportAdverseEvent> events)
    {
        var byCode = ctx.Data.Participants.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var arm in ctx.Protocol.Arms)
        {
            var members = ctx.Data.Participants.Where(p => p.Arm == arm.Code).Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
            var inArm = events.Where(e => members.Contains(e.Participant)).ToList();
            int n = members.Count;
            rows.Add([arm.Label, Format.Int(inArm.Count), Format.CountPct(inArm.Select(e => e.Participant).Distinct().Count(), n),
                Format.CountPct(inArm.Where(e => e.Serious).Select(e => e.Participant).Distinct().Count(), n),
                Format.CountPct(inArm.Where(e => e.IsRelated).Select(e => e.Participant).Distinct().Count(), n),
                Format.CountPct(inArm.Where(e => e.Severity == AeSeverity.Severe).Select(e => e.Participant).Distinct().Count(), n)]);
        }

        html.Table(["Arm", "Events", "Participants with any event, n (%)", "With a serious event", "With a related event (possible, probable, certain)", "With a severe event"], rows);
        html.Table(["Participant", "Arm", "Term", "Onset (study day)", "Resolved", "Severity", "Serious", "Causality", "Outcome"],
            events.OrderBy(e => e.OnsetOn).ThenBy(e => e.Participant, StringComparer.Ordinal).Select(e =>
            {
                byCode.TryGetValue(e.Participant, out var p);
                string day = p?.EnrolledOn is { } enrolled ? $" (day {(e.OnsetOn.DayNumber - enrolled.DayNumber).ToString(CultureInfo.InvariantCulture)})" : string.Empty;
                return (IReadOnlyList<string>)[e.Participant, p?.Arm is { } a ? ctx.Protocol.FindArm(a)?.Label ?? a : Format.Dash, e.Term,
                    e.OnsetOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + day,
                    e.ResolvedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "ongoing",
                    e.Severity.ToString().ToLowerInvariant(), e.Serious ? "yes" : "no", Words(e.Related.ToString()), Words(e.Outcome.ToString())];
            }),
            "Every adverse event", "text");
    }

    private static int Decimals(double mean) => Math.Abs(mean) >= 100 ? 0 : Math.Abs(mean) >= 10 ? 1 : 2;

    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : (i == 0 ? char.ToLowerInvariant(c) : c).ToString()));
}
