using Myelin.Reports.Charts;
using ScottPlot;
using SkiaSharp;

namespace Myelin.Reports.Tests.Charts;

public sealed class BundledFontsTests
{
    [Fact]
    public void ScottPlot_resolves_its_default_font_to_the_bundled_regular_and_bold_faces()
    {
        BundledFonts.Register();

        Assert.Equal(BundledFonts.Family, Fonts.Default);
        Assert.Same(BundledFonts.Regular, Fonts.GetTypeface(BundledFonts.Family, bold: false, italic: false));
        Assert.Same(BundledFonts.Bold, Fonts.GetTypeface(BundledFonts.Family, bold: true, italic: false));
        Assert.Equal("DejaVu Sans", BundledFonts.Regular.FamilyName);
        Assert.True(BundledFonts.Bold.FontStyle.Weight >= (int)SKFontStyleWeight.Bold);
    }

    [Fact]
    public void Chart_titles_are_drawn_as_text_pixels()
    {
        // The same layout with a one-dot title and with a long one: only the glyphs differ, and they must show as ink.
        int longTitle = InkInTitleBand("Overall symptom score: mean by week");
        int dot = InkInTitleBand(".");

        Assert.True(longTitle > dot + 250, $"title band ink: {longTitle} pixels with a long title, {dot} with a dot");
    }

    private static int InkInTitleBand(string title)
    {
        var plot = ChartStyle.NewPlot(title, "Week", "Score");
        plot.Add.Scatter(new double[] { 0, 4, 8 }, new double[] { 7.2, 3.1, 1.6 });
        var figure = ChartStyle.ToFigure(plot, "probe", "probe", "probe", 600, 300);
        using var bitmap = SKBitmap.Decode(figure.ToPng());
        int ink = 0;
        for (int y = 0; y < 30; y++)
        {
            for (int x = 100; x < 500; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red < 128 && c.Green < 128 && c.Blue < 128)
                {
                    ink++;
                }
            }
        }

        return ink;
    }
}
