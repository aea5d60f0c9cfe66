using Myelin.Analysis.Data;
using Myelin.Reports.Model;
using ScottPlot;

namespace Myelin.Reports.Charts;

/// <summary>Each participant's doses taken as a percentage of doses expected, sorted, with the per-protocol threshold.</summary>
internal static class AdherenceChart
{
    public const int MaxBars = 400;

    /// <summary>The figure, or null when no participant's doses are known.</summary>
    public static Figure? Build(AnalysisDataset data, double threshold, string by)
    {
        var protocol = data.Protocol;
        var levels = ReportGrouping.Levels(protocol, data, by);
        var known = data.Participants
            .Where(p => p.Adherence is not null)
            .Select(p => (Percent: 100 * p.Adherence!.Value, Level: ReportGrouping.LevelOf(p, by) is { } l ? levels.ToList().IndexOf(l) : -1))
            .OrderBy(p => p.Percent)
            .ToList();
        if (known.Count == 0)
        {
            return null;
        }

        int step = Math.Max(1, (int)Math.Ceiling(known.Count / (double)MaxBars));
        var bars = new List<Bar>();
        for (int i = 0; i < known.Count; i += step)
        {
            var (percent, level) = known[i];
            var color = level < 0 ? Palette.Grey : by == ReportGrouping.All ? Palette.Of(0) : Palette.Of(level);
            bars.Add(new Bar { Position = bars.Count + 1, Value = percent, FillColor = color, LineWidth = 0, Size = 0.8 });
        }

        var plot = ChartStyle.NewPlot("Adherence: doses taken", step > 1 ? "Participants (evenly spaced ranks)" : "Participants, sorted", "Doses taken (% of expected)");
        plot.Add.Bars(bars);
        var line = plot.Add.HorizontalLine(100 * threshold, 1.5f, Palette.Ink, LinePattern.Dashed);
        line.LegendText = $"Per-protocol threshold ({100 * threshold:0}%)";
        for (int i = 0; i < levels.Count && by != ReportGrouping.All; i++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = ReportGrouping.Label(protocol, by, levels[i]), FillColor = Palette.Of(i) });
        }

        plot.ShowLegend(Edge.Bottom);

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Axes.SetLimits(0, bars.Count + 1, 0, Math.Max(105, known[^1].Percent + 5));
        int missing = data.Participants.Count - known.Count;
        string caption = $"Each bar is one participant's doses taken as a percentage of the doses expected while on study ({known.Count} participants"
            + (missing > 0 ? $"; {missing} without dose records are not shown" : string.Empty)
            + $"). The dashed line is the per-protocol threshold of {100 * threshold:0}%."
            + (step > 1 ? $" Every {step}th participant in sorted order is drawn." : string.Empty);
        return ChartStyle.ToFigure(plot, "adherence", "Adherence", caption, ChartStyle.Width, 340);
    }
}
