using System.Globalization;
using System.Text.Json;

namespace Myelin.Statistics.Tests.Golden;

/// <summary>Reads the golden files written by r/golden-htests.R (numbers as "%.17g" strings) and compares values.</summary>
internal static class GoldenNumber
{
    public static string PathOf(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "Golden", file);

    public static JsonDocument Load(string file) => JsonDocument.Parse(File.ReadAllText(PathOf(file)));

    public static double Parse(string s) => s switch
    {
        "NA" or "NaN" => double.NaN,
        "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    public static double Parse(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => Parse(e.GetString()!),
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.Null => double.NaN,
        _ => throw new InvalidDataException($"not a number: {e}"),
    };

    public static double[] Array(JsonElement e)
        => e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(Parse).ToArray() : [Parse(e)];

    /// <summary>Relative difference, with NaN = NaN and equal infinities equal; below 1e-300 absolute.</summary>
    public static double RelativeError(double expected, double actual)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            return double.IsNaN(expected) && double.IsNaN(actual) ? 0 : double.PositiveInfinity;
        }

        if (expected == actual)
        {
            return 0;
        }

        if (double.IsInfinity(expected) || double.IsInfinity(actual))
        {
            return double.PositiveInfinity;
        }

        return Math.Abs(expected - actual) / Math.Max(Math.Abs(expected), 1e-300);
    }
}
