using Myelin.Analysis;
using Myelin.Reports.Charts;
using Myelin.Reports.Model;

namespace Myelin.Reports.Html.Sections;

/// <summary>The primary variable over time: mean by week with 95% CI, individual trajectories and the waterfall of percent change.</summary>
internal static class CourseSection
{
    public const string MeanId = "time-course";
    public const string TrajectoriesId = "trajectories";
    public const string WaterfallId = "waterfall";

    public static void Write(HtmlWriter html, ReportContext ctx)
    {
        var primary = ctx.PrimaryEndpoint;
        var course = ctx.Result.TimeCourse.FirstOrDefault(c => c.Instrument == primary.Instrument && c.Variable == primary.Variable);
        html.Section(MeanId, "Mean score by week");
        if (course is null)
        {
            html.P("The analysis has no time course of the primary variable.");
        }
        else
        {
            ctx.AddFigure(html, Figures.MeanByWeek(ctx.Result, ctx.Protocol, ctx.By));
            var series = course.Series.Where(s => s.By == ctx.By || s.By == ReportGrouping.All).ToList();
            var weeks = series[0].Points.Select(p => p.Event).ToList();
            var rows = new List<IReadOnlyList<string>>();
            foreach (var s in series)
            {
                var first = s.Points.FirstOrDefault(p => p.N > 0);
                rows.Add([$"§{ReportGrouping.Label(ctx.Protocol, s.By, s.Level)}"]);
                foreach (var p in s.Points.Where(p => p.N > 0))
                {
                    string change = first is null || ReferenceEquals(p, first) ? "baseline" : ChangeWording.Describe(first.Mean, p.Mean);
                    rows.Add([ctx.At(p.Event), Format.Int(p.N), Format.Num(p.Mean), Format.Ci(p.Ci), p.ChangeN > 0 && !ReferenceEquals(p, first) ? $"{Format.Signed(p.ChangeMean)} ({Format.Ci(p.ChangeCi)})" : Format.Dash, change]);
                }
            }

            html.Table(["Week", "n", "Mean", "95% CI", "Mean change from baseline (95% CI)", "Group mean from baseline, in words"], rows,
                $"{ctx.VariableLabel} by week (observed cases at each week; the change uses participants with both values)", "course");
        }

        html.EndSection();
        html.Section(TrajectoriesId, "Individual trajectories");
        ctx.AddFigure(html, Figures.Trajectories(ctx.Data, ctx.By));
        html.EndSection();
        html.Section(WaterfallId, "Percent change by participant (waterfall)");
        ctx.AddFigure(html, Figures.Waterfall(ctx.Data, ctx.By));
        html.EndSection();
    }
}
