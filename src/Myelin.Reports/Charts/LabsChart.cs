using Myelin.Analysis.Data;
using Myelin.Reports.Model;
using ScottPlot;

namespace Myelin.Reports.Charts;

/// <summary>Laboratory values over the visits: one small panel per measurement, individual values and group means.</summary>
internal static class LabsChart
{
    private const int PanelWidth = 380;
    private const int PanelHeight = 250;

    /// <summary>The figure, or null when no laboratory value was recorded.</summary>
    public static Figure? Build(AnalysisDataset data, IReadOnlyList<LabItem> labs, string by)
    {
        if (labs.Count == 0)
        {
            return null;
        }

        var protocol = data.Protocol;
        var levels = ReportGrouping.Levels(protocol, data, by);
        var plots = labs.Select(lab => Panel(data, lab, by, levels)).ToList();
        int columns = plots.Count == 1 ? 1 : 2;
        int rows = (plots.Count + columns - 1) / columns;
        int width = columns * PanelWidth, height = rows * PanelHeight;
        string groups = by == ReportGrouping.All ? string.Empty : $" Colours: {string.Join(", ", levels.Select((l, i) => $"{ColourName(i)} = {ReportGrouping.Label(protocol, by, l)}"))}.";
        string caption = "Each panel is one laboratory measurement (unit in the axis title) at the clinic visits: small points are individual participants, "
            + $"the line joins the mean of each {(by == ReportGrouping.All ? "visit" : ReportGrouping.Noun(by) + " at each visit")}." + groups;
        return new Figure("labs", "Laboratory values over time", caption, width, height, (canvas, w, h) =>
        {
            for (int i = 0; i < plots.Count; i++)
            {
                float left = i % columns * PanelWidth, top = i / columns * PanelHeight;
                // ScottPlot clears the canvas before drawing, so each panel is clipped to its own cell.
                canvas.Save();
                canvas.ClipRect(new SkiaSharp.SKRect(left, top, left + PanelWidth, top + PanelHeight));
                plots[i].Render(canvas, new PixelRect(left, left + PanelWidth, top + PanelHeight, top));
                canvas.Restore();
            }
        });
    }

    private static Plot Panel(AnalysisDataset data, LabItem lab, string by, IReadOnlyList<string> levels)
    {
        var plot = ChartStyle.NewPlot(lab.Item.Label, "Week", lab.Item.Unit ?? string.Empty);
        plot.Axes.Title.Label.FontSize = 13;
        double[] weeks = lab.Values.Weeks();
        for (int g = 0; g < levels.Count; g++)
        {
            var color = by == ReportGrouping.All ? Palette.Of(0) : Palette.Of(g);
            double offset = levels.Count > 1 ? (g - ((levels.Count - 1) / 2.0)) * 0.25 : 0;
            var xs = new List<double>();
            var ys = new List<double>();
            var meanX = new List<double>();
            var meanY = new List<double>();
            for (int e = 0; e < weeks.Length; e++)
            {
                var column = lab.Values.ByEvent[e];
                var inGroup = new List<double>();
                for (int p = 0; p < column.Length; p++)
                {
                    if (!double.IsNaN(column[p]) && ReportGrouping.LevelOf(data.Participants[p], by) == levels[g])
                    {
                        xs.Add(weeks[e] + offset);
                        ys.Add(column[p]);
                        inGroup.Add(column[p]);
                    }
                }

                if (inGroup.Count > 0)
                {
                    meanX.Add(weeks[e] + offset);
                    meanY.Add(inGroup.Average());
                }
            }

            if (xs.Count > 0)
            {
                var points = plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray(), color.WithAlpha(0.35));
                points.MarkerSize = 4;
                var means = plot.Add.Scatter(meanX.ToArray(), meanY.ToArray(), color);
                means.LineWidth = 2;
                means.MarkerSize = 7;
            }
        }

        plot.Axes.Margins(0.08, 0.12);
        plot.Axes.Bottom.TickGenerator = ChartStyle.WeekTicks();
        return plot;
    }

    private static string ColourName(int index) => (index % 8) switch
    {
        0 => "blue",
        1 => "vermilion",
        2 => "green",
        3 => "purple",
        4 => "orange",
        5 => "sky blue",
        6 => "black",
        _ => "yellow",
    };
}
