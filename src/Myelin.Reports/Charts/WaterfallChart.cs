using Myelin.Analysis.Data;
using Myelin.Reports.Model;
using ScottPlot;

namespace Myelin.Reports.Charts;

/// <summary>Each participant's percent change from baseline as a bar, sorted from the largest rise to the largest fall.</summary>
internal static class WaterfallChart
{
    /// <summary>Above this many participants, bars are drawn at evenly spaced ranks (the sorted curve keeps its shape).</summary>
    public const int MaxBars = 400;

    public static Figure Build(AnalysisDataset data, string instrument, string variable, string label, string fromEvent, string toEvent, string by)
    {
        var protocol = data.Protocol;
        double[] from = data.Column(instrument, variable, fromEvent);
        double[] to = data.Column(instrument, variable, toEvent);
        var levels = ReportGrouping.Levels(protocol, data, by);
        var changes = new List<(double Percent, int Level)>();
        for (int p = 0; p < from.Length; p++)
        {
            if (!double.IsNaN(from[p]) && !double.IsNaN(to[p]) && from[p] != 0)
            {
                int level = ReportGrouping.LevelOf(data.Participants[p], by) is { } l ? levels.ToList().IndexOf(l) : -1;
                changes.Add((100 * (to[p] - from[p]) / from[p], level));
            }
        }

        changes.Sort((a, b) => b.Percent.CompareTo(a.Percent));
        int step = Math.Max(1, (int)Math.Ceiling(changes.Count / (double)MaxBars));
        var bars = new List<Bar>();
        for (int i = 0; i < changes.Count; i += step)
        {
            var (percent, level) = changes[i];
            var color = level < 0 ? Palette.Grey : by == ReportGrouping.All ? Palette.Of(0) : Palette.Of(level);
            bars.Add(new Bar { Position = bars.Count + 1, Value = percent, FillColor = color, LineWidth = 0, Size = 0.8 });
        }

        var plot = ChartStyle.NewPlot($"Percent change in {label.ToLowerInvariant()}", step > 1 ? "Participants (evenly spaced ranks)" : "Participants, sorted", "Change from baseline (%)");
        plot.Add.Bars(bars);
        foreach (double threshold in new[] { -30.0, -50.0 })
        {
            var line = plot.Add.HorizontalLine(threshold, 1.2f, Palette.Ink, LinePattern.Dashed);
            line.LegendText = threshold == -30 ? "30% and 50% reduction" : string.Empty;
        }

        plot.Add.HorizontalLine(0, 1, Palette.Ink);
        for (int i = 0; i < levels.Count && by != ReportGrouping.All; i++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = ReportGrouping.Label(protocol, by, levels[i]), FillColor = Palette.Of(i) });
        }

        plot.ShowLegend(Alignment.UpperRight);

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        double low = Math.Min(-100, changes.Count > 0 ? changes.Min(c => c.Percent) : -100);
        double high = Math.Max(20, changes.Count > 0 ? changes.Max(c => c.Percent) : 20);
        plot.Axes.SetLimits(0, bars.Count + 1, low - 5, high + 5);
        string caption = $"Each bar is one participant's percent change in {label.ToLowerInvariant()} from {fromEvent} to {toEvent} "
            + $"(100 × (follow-up − baseline) / baseline; {changes.Count} participants with both values)"
            + (by == ReportGrouping.All ? "" : $", coloured by {ReportGrouping.Noun(by)}")
            + ". Bars below zero are improvements; dashed lines mark the 30% and 50% reductions (IMMPACT)."
            + (step > 1 ? $" Every {step}th participant in sorted order is drawn." : string.Empty);
        return ChartStyle.ToFigure(plot, "waterfall", "Waterfall of percent change", caption);
    }
}
