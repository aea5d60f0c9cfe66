using System.Reflection;
using ScottPlot;
using SkiaSharp;

namespace Myelin.Reports.Charts;

/// <summary>
/// The DejaVu Sans faces shipped inside this assembly (Fonts/LICENSE.txt). Skia reads fonts from the machine and
/// draws no text at all, silently, when it finds none; ScottPlot also resolved its default to a serif face here
/// (dependencies.md §3). Registering both the regular and the bold face from the assembly and making them the
/// default makes chart text independent of the machine.
/// </summary>
public static class BundledFonts
{
    /// <summary>The family name charts use; SVG output names it, so viewers with DejaVu Sans show the same face.</summary>
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly object Gate = new();
    private static bool _registered;

    /// <summary>The regular face.</summary>
    public static SKTypeface Regular => RegularFace.Value;

    /// <summary>The bold face (titles and axis labels are bold).</summary>
    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>Registers the bundled faces with ScottPlot and makes them its default font; safe to call repeatedly.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            Fonts.FontResolvers.Insert(0, new Resolver());
            Fonts.Default = Family;
            _registered = true;
        }
    }

    private static SKTypeface Load(string file)
    {
        string name = "Myelin.Reports.Fonts." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the font resource '{name}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"the font resource '{name}' is not a font Skia can read");
    }

    private sealed class Resolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            Matches(fontName) ? (weight >= FontWeight.SemiBold ? Bold : Regular) : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            Matches(fontName) ? (bold ? Bold : Regular) : null;

        private static bool Matches(string fontName) => string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase);
    }
}
