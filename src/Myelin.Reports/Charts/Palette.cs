using ScottPlot;

namespace Myelin.Reports.Charts;

/// <summary>
/// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; a group keeps its colour in every
/// figure because colours are taken by the group's position among the grouping's levels.
/// </summary>
internal static class Palette
{
    private static readonly string[] Hex = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"];

    public static Color Of(int index) => Color.FromHex(Hex[((index % Hex.Length) + Hex.Length) % Hex.Length]);

    public static Color Grey => Color.FromHex("#7F7F7F");

    public static Color Ink => Color.FromHex("#222222");
}
