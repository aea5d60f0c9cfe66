using System.Globalization;

namespace Myelin.Reports;

/// <summary>
/// Numbers as the report prints them: invariant culture, a true minus sign (U+2212, as ChangeWording uses), p-values
/// to three decimals with "&lt;0.001" below, and intervals as "lower to upper" so a negative bound never reads as a dash.
/// </summary>
internal static class Format
{
    public const string Minus = "\u2212";
    public const string Dash = "\u2014";

    /// <summary><paramref name="value"/> to <paramref name="decimals"/> places; an em dash when missing or not finite.</summary>
    public static string Num(double? value, int decimals = 1)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return Dash;
        }

        double r = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        string text = Math.Abs(r).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return r < 0 ? Minus + text : text;
    }

    /// <summary>Like <see cref="Num"/> with a leading + on positive values (changes).</summary>
    public static string Signed(double? value, int decimals = 1)
    {
        string text = Num(value, decimals);
        return value is { } v && Math.Round(v, decimals, MidpointRounding.AwayFromZero) > 0 ? "+" + text : text;
    }

    /// <summary>An interval, e.g. <c>−6.1 to −5.0</c>; an em dash when missing.</summary>
    public static string Ci(IReadOnlyList<double>? ci, int decimals = 1) =>
        ci is { Count: 2 } ? $"{Num(ci[0], decimals)} to {Num(ci[1], decimals)}" : Dash;

    /// <summary>A p-value: <c>0.034</c>, <c>&lt;0.001</c>; an em dash when missing.</summary>
    public static string P(double? p)
    {
        if (p is not { } v || double.IsNaN(v))
        {
            return Dash;
        }

        return v < 0.001 ? "<0.001" : v.ToString("0.000", CultureInfo.InvariantCulture);
    }

    /// <summary>A p-value in a sentence: <c>p = 0.034</c>, <c>p &lt; 0.001</c>.</summary>
    public static string PIs(double? p) => p is { } v && !double.IsNaN(v) ? (v < 0.001 ? "p < 0.001" : "p = " + P(v)) : "p not computed";

    /// <summary>A whole count.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A percentage with no decimals and a % sign, e.g. <c>73%</c>.</summary>
    public static string Pct(double? value, int decimals = 0) => value is { } v && double.IsFinite(v) ? Num(v, decimals) + "%" : Dash;

    /// <summary><c>n (pct%)</c> of a total, e.g. <c>12 (40%)</c>.</summary>
    public static string CountPct(int n, int of) => of > 0 ? $"{Int(n)} ({Pct(100.0 * n / of)})" : Int(n);
}
