using ScottPlot;

namespace Myelin.Reports.Charts;

/// <summary>The look shared by every chart: bundled font, white background, readable sizes at print width.</summary>
internal static class ChartStyle
{
    public const int Width = 760;
    public const int Height = 420;

    /// <summary>A new plot with the house style; registers the bundled fonts first.</summary>
    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        BundledFonts.Register();
        var plot = new Plot();
        plot.Font.Set(BundledFonts.Family);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Title(title, 16);
        plot.XLabel(xLabel, 13);
        plot.YLabel(yLabel, 13);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Grid.MajorLineColor = Color.FromHex("#E5E5E5");
        plot.Legend.FontSize = 12;
        plot.Legend.FontName = BundledFonts.Family;
        return plot;
    }

    /// <summary>Whole-week ticks for a week axis.</summary>
    public static ScottPlot.TickGenerators.NumericAutomatic WeekTicks() => new() { IntegerTicksOnly = true };

    /// <summary>Wraps a plot as a figure drawn at <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static Figure ToFigure(Plot plot, string name, string title, string caption, int width = Width, int height = Height) =>
        new(name, title, caption, width, height, (canvas, w, h) => plot.Render(canvas, w, h));
}
