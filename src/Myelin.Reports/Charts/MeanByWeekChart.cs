using Myelin.Analysis.Results;
using Myelin.Domain.Protocols;
using Myelin.Reports.Model;
using ScottPlot;

namespace Myelin.Reports.Charts;

/// <summary>Mean score at each event with its 95% CI, one line per group.</summary>
internal static class MeanByWeekChart
{
    public static Figure Build(Protocol protocol, TimeCourseResult course, string by, double? yMax)
    {
        var levels = ReportGrouping.Levels(protocol, null, by);
        var series = course.Series.Where(s => s.By == by).OrderBy(s => Rank(levels, s.Level)).ToList();
        if (by != ReportGrouping.All && protocol.Arms.Count == 1)
        {
            series.Insert(0, course.Series.First(s => s.By == ReportGrouping.All));
        }

        var plot = ChartStyle.NewPlot($"{course.Label}: mean by week", "Week", course.Label);
        double dodge = series.Count > 1 ? 0.12 : 0;
        for (int i = 0; i < series.Count; i++)
        {
            var s = series[i];
            var points = s.Points.Where(p => p.N > 0).ToList();
            double offset = (i - ((series.Count - 1) / 2.0)) * dodge;
            double[] xs = points.Select(p => p.Week + offset).ToArray();
            double[] ys = points.Select(p => p.Mean).ToArray();
            var color = s.By == ReportGrouping.All ? Palette.Ink : Palette.Of(levels.ToList().IndexOf(s.Level));
            var errors = points.Select(p => p.Ci is { Count: 2 } ci ? (ci[1] - ci[0]) / 2 : 0).ToArray();
            var bars = plot.Add.ErrorBar(xs, ys, errors);
            bars.Color = color;
            bars.CapSize = 5;
            bars.LineWidth = 1.5f;
            var line = plot.Add.Scatter(xs, ys, color);
            line.LineWidth = s.By == ReportGrouping.All ? 2.5f : 2;
            line.MarkerSize = 7;
            if (s.By == ReportGrouping.All && series.Count > 1)
            {
                line.LinePattern = LinePattern.Dashed;
            }

            int n0 = points.Count > 0 ? points[0].N : 0;
            line.LegendText = $"{ReportGrouping.Label(protocol, s.By, s.Level)} (n={n0})";
        }

        if (protocol.Schedule.FollowUp is not null)
        {
            var end = plot.Add.VerticalLine(protocol.Schedule.Treatment.EndWeek, 1.2f, Palette.Grey, LinePattern.Dotted);
            end.LegendText = "End of treatment";
        }

        plot.Axes.Bottom.TickGenerator = ChartStyle.WeekTicks();
        if (yMax is { } top)
        {
            plot.Axes.SetLimitsY(-0.02 * top, 1.02 * top);
        }

        plot.ShowLegend(Alignment.UpperRight);
        string caption = $"Mean {course.Label.ToLowerInvariant()} at each week with its 95% confidence interval (observed cases at each week)"
            + (series.Count > 1 ? $", by {ReportGrouping.Noun(by)}; points are shifted slightly sideways so the intervals do not overlap." : ".");
        return ChartStyle.ToFigure(plot, "mean-by-week", "Mean score by week with 95% CI", caption);
    }

    private static int Rank(IReadOnlyList<string> levels, string level)
    {
        for (int i = 0; i < levels.Count; i++)
        {
            if (levels[i] == level)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
