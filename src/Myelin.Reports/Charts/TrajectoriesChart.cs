using Myelin.Analysis.Data;
using Myelin.Reports.Model;
using ScottPlot;

namespace Myelin.Reports.Charts;

/// <summary>Each participant's values over the weeks, one thin line each, coloured by group.</summary>
internal static class TrajectoriesChart
{
    /// <summary>Above this many participants an evenly spaced subset is drawn, so the figure stays legible and fast.</summary>
    public const int MaxLines = 400;

    public static Figure Build(AnalysisDataset data, string instrument, string variable, string label, string by, double? yMax)
    {
        var protocol = data.Protocol;
        var values = ParticipantValues.Read(data, instrument, variable);
        double[] weeks = values.Weeks();
        var levels = ReportGrouping.Levels(protocol, data, by);
        var plot = ChartStyle.NewPlot($"{label}: individual trajectories", "Week", label);
        int n = data.Participants.Count;
        int step = Math.Max(1, (int)Math.Ceiling(n / (double)MaxLines));
        int drawn = 0;
        var xs = new List<double>(weeks.Length);
        var ys = new List<double>(weeks.Length);
        for (int p = 0; p < n; p += step)
        {
            xs.Clear();
            ys.Clear();
            for (int e = 0; e < weeks.Length; e++)
            {
                double v = values.ByEvent[e][p];
                if (!double.IsNaN(v))
                {
                    xs.Add(weeks[e]);
                    ys.Add(v);
                }
            }

            if (xs.Count == 0)
            {
                continue;
            }

            int level = ReportGrouping.LevelOf(data.Participants[p], by) is { } l ? levels.ToList().IndexOf(l) : -1;
            var color = (level < 0 ? Palette.Grey : by == ReportGrouping.All ? Palette.Of(0) : Palette.Of(level)).WithAlpha(0.55);
            var line = plot.Add.Scatter(xs.ToArray(), ys.ToArray(), color);
            line.LineWidth = 1.2f;
            line.MarkerSize = 3;
            drawn++;
        }

        for (int i = 0; i < levels.Count && by != ReportGrouping.All; i++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = ReportGrouping.Label(protocol, by, levels[i]), LineColor = Palette.Of(i), LineWidth = 2 });
        }

        if (by != ReportGrouping.All)
        {
            plot.ShowLegend(Alignment.UpperRight);
        }

        plot.Axes.Bottom.TickGenerator = ChartStyle.WeekTicks();
        if (yMax is { } top)
        {
            plot.Axes.SetLimitsY(-0.02 * top, 1.02 * top);
        }

        string caption = $"Each line is one participant's {label.ToLowerInvariant()} at the weeks they rated it"
            + (by == ReportGrouping.All ? "." : $", coloured by {ReportGrouping.Noun(by)}.")
            + (step > 1 ? $" {drawn} of {n} participants are drawn (every {step}th in enrolment order)." : " A line that stops early is a participant who withdrew or missed the later ratings.");
        return ChartStyle.ToFigure(plot, "trajectories", "Individual trajectories", caption);
    }
}
