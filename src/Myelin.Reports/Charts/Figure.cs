using System.Text;
using SkiaSharp;

namespace Myelin.Reports.Charts;

/// <summary>
/// A chart of the report, drawn once per output: as SVG (inline in the HTML report, or served by the web dashboard)
/// and as PNG. Built by <see cref="Figures"/>; text uses the bundled DejaVu Sans (<see cref="BundledFonts"/>).
/// </summary>
public sealed class Figure
{
    private readonly Action<SKCanvas, int, int> _draw;

    internal Figure(string name, string title, string caption, int width, int height, Action<SKCanvas, int, int> draw)
    {
        Name = name;
        Title = title;
        Caption = caption;
        Width = width;
        Height = height;
        _draw = draw;
    }

    /// <summary>File stem, e.g. <c>mean-by-week</c> (figures/mean-by-week.png and .svg).</summary>
    public string Name { get; }

    /// <summary>Short title for the report's figure heading.</summary>
    public string Title { get; }

    /// <summary>What the figure shows and how to read it, one or two sentences.</summary>
    public string Caption { get; }

    /// <summary>Width in pixels (CSS pixels in the SVG).</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>The figure as a standalone SVG document (UTF-8 text, no XML declaration).</summary>
    public string ToSvg()
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), stream))
        {
            _draw(canvas, Width, Height);
        }

        string svg = Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }

    /// <summary>The figure as PNG bytes, drawn at <paramref name="scale"/> times its size (2 for print sharpness).</summary>
    public byte[] ToPng(float scale = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        int w = (int)Math.Round(Width * scale), h = (int)Math.Round(Height * scale);
        using var surface = SKSurface.Create(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Skia could not create a {w}×{h} drawing surface for figure '{Name}'");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        _draw(canvas, Width, Height);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels() ?? throw new InvalidOperationException($"Skia could not read the pixels of figure '{Name}'");
        // zlib level 4 with the Sub filter: files about 10% larger than the default, encoded several times faster.
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 4))
            ?? throw new InvalidOperationException($"Skia could not encode figure '{Name}' as PNG");
        return data.ToArray();
    }
}
