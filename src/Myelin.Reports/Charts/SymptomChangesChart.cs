using Myelin.Analysis.Results;
using ScottPlot;

namespace Myelin.Reports.Charts;

/// <summary>Mean change of each symptom item with its 95% CI (a forest plot), all participants.</summary>
internal static class SymptomChangesChart
{
    public static Figure Build(SymptomItemsResult symptoms)
    {
        var rows = symptoms.Items
            .Select(i => (Item: i, Group: i.Endpoint.Groups.FirstOrDefault(g => g.By == "all")))
            .Where(r => r.Group is { N: > 0 })
            .ToList();
        var plot = ChartStyle.NewPlot("Change in each symptom", "Mean change from baseline (points, 95% CI)", string.Empty);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        double low = 0, high = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            var (item, group) = rows[i];
            double y = rows.Count - i;
            double mean = group!.Change.Mean;
            var ci = group.Change.Ci;
            if (ci is { Count: 2 })
            {
                var line = plot.Add.Line(ci[0], y, ci[1], y);
                line.LineColor = Palette.Of(0);
                line.LineWidth = 2.5f;
                line.MarkerSize = 0;
                low = Math.Min(low, ci[0]);
                high = Math.Max(high, ci[1]);
            }

            plot.Add.Marker(mean, y, MarkerShape.FilledSquare, 10, Palette.Of(0));
            low = Math.Min(low, mean);
            high = Math.Max(high, mean);
            ticks.AddMajor(y, $"{item.Label} (n={group.N})\nHolm-adjusted {Format.PIs(item.PairedTPHolm)}");
        }

        plot.Add.VerticalLine(0, 1.2f, Palette.Ink);
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Grid.YAxisStyle.IsVisible = false;
        double pad = Math.Max(0.3, (high - low) * 0.08);
        plot.Axes.SetLimits(low - pad, high + pad, 0.4, rows.Count + 0.6);
        string caption = $"Mean change of each symptom from {symptoms.FromEvent} to {symptoms.ToEvent} with its 95% t confidence interval "
            + "(all participants with both ratings). Negative values are improvements. The p-values are paired t tests adjusted across the items by Holm's method.";
        return ChartStyle.ToFigure(plot, "symptom-changes", "Change in each symptom", caption, ChartStyle.Width, Math.Max(260, 70 + (rows.Count * 52)));
    }
}
