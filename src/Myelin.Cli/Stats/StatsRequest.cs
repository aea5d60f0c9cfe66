using System.Globalization;
using System.Text.Json;

namespace Myelin.Cli.Stats;

/// <summary>
/// One request of <c>myelin stats</c> (a JSON object with R's argument names in snake_case), read with checks
/// that name the argument at fault. Numbers may be JSON numbers, or the strings "NA", "NaN", "Inf", "-Inf"
/// (null also stands for NA).
/// </summary>
internal sealed class StatsRequest(JsonElement root)
{
    public JsonElement Root { get; } = root;

    public string Test => Root.TryGetProperty("test", out var t) && t.ValueKind == JsonValueKind.String
        ? t.GetString()!
        : throw new StatsArgumentException("'test' is missing: name the test as R does, e.g. \"t.test\"");

    public bool Has(string name) => Root.TryGetProperty(name, out var e) && e.ValueKind != JsonValueKind.Null;

    /// <summary>Refuses any key that the test does not take.</summary>
    public void AllowOnly(IReadOnlyCollection<string> allowed)
    {
        foreach (var p in Root.EnumerateObject())
        {
            if (p.Name != "test" && !allowed.Contains(p.Name))
            {
                throw new StatsArgumentException($"unknown argument '{p.Name}' for {Test}; it takes: {string.Join(", ", allowed)}");
            }
        }
    }

    public double[] Numbers(string name)
        => Root.TryGetProperty(name, out var e) && e.ValueKind != JsonValueKind.Null
            ? NumbersOf(e, name)
            : throw new StatsArgumentException($"'{name}' is missing");

    public double[]? OptionalNumbers(string name)
        => Root.TryGetProperty(name, out var e) && e.ValueKind != JsonValueKind.Null ? NumbersOf(e, name) : null;

    public string[] Strings(string name)
    {
        if (!Root.TryGetProperty(name, out var e) || e.ValueKind != JsonValueKind.Array)
        {
            throw new StatsArgumentException($"'{name}' must be an array of group labels");
        }

        return e.EnumerateArray().Select((v, i) => v.ValueKind switch
        {
            JsonValueKind.String => v.GetString()!,
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
            _ => throw new StatsArgumentException($"'{name}'[{i + 1}] must be a label (string or number)"),
        }).ToArray();
    }

    public double[][] Table(string name = "table")
    {
        if (!Root.TryGetProperty(name, out var e) || e.ValueKind != JsonValueKind.Array || e.GetArrayLength() == 0)
        {
            throw new StatsArgumentException($"'{name}' must be a row-major array of arrays of counts");
        }

        return e.EnumerateArray().Select((row, i) => row.ValueKind == JsonValueKind.Array
            ? NumbersOf(row, $"{name}[{i + 1}]")
            : throw new StatsArgumentException($"'{name}'[{i + 1}] must be an array (one row of the table)")).ToArray();
    }

    public double Number(string name, double fallback)
        => Root.TryGetProperty(name, out var e) && e.ValueKind != JsonValueKind.Null ? Scalar(e, name) : fallback;

    public double? OptionalNumber(string name)
        => Root.TryGetProperty(name, out var e) && e.ValueKind != JsonValueKind.Null ? Scalar(e, name) : null;

    public bool Flag(string name, bool fallback)
    {
        if (!Root.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        return e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new StatsArgumentException($"'{name}' must be true or false"),
        };
    }

    public bool? OptionalFlag(string name)
        => Root.TryGetProperty(name, out var e) && e.ValueKind != JsonValueKind.Null ? Flag(name, false) : null;

    public string Text(string name, string fallback)
    {
        if (!Root.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        return e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new StatsArgumentException($"'{name}' must be a string");
    }

    public Myelin.Statistics.HtestAlternative Alternative()
    {
        string text = Text("alternative", "two.sided");
        return Myelin.Statistics.HtestAlternatives.TryParse(text, out var alt)
            ? alt
            : throw new StatsArgumentException($"'alternative' should be one of \"two.sided\", \"less\", \"greater\", not \"{text}\"");
    }

    private static double Scalar(JsonElement e, string name)
    {
        if (e.ValueKind == JsonValueKind.Array && e.GetArrayLength() == 1)
        {
            e = e[0];
        }

        return e.ValueKind is JsonValueKind.Number or JsonValueKind.String
            ? Parse(e, name)
            : throw new StatsArgumentException($"'{name}' must be a single number");
    }

    private static double[] NumbersOf(JsonElement e, string name)
    {
        if (e.ValueKind is JsonValueKind.Number or JsonValueKind.String)
        {
            return [Parse(e, name)];
        }

        if (e.ValueKind != JsonValueKind.Array)
        {
            throw new StatsArgumentException($"'{name}' must be an array of numbers");
        }

        var r = new double[e.GetArrayLength()];
        int i = 0;
        foreach (var v in e.EnumerateArray())
        {
            r[i] = v.ValueKind == JsonValueKind.Null ? double.NaN : Parse(v, $"{name}[{i + 1}]");
            i++;
        }

        return r;
    }

    private static double Parse(JsonElement v, string where)
    {
        if (v.ValueKind == JsonValueKind.Number)
        {
            return v.GetDouble();
        }

        if (v.ValueKind == JsonValueKind.String)
        {
            string s = v.GetString()!;
            switch (s)
            {
                case "NA" or "NaN":
                    return double.NaN;
                case "Inf":
                    return double.PositiveInfinity;
                case "-Inf":
                    return double.NegativeInfinity;
                default:
                    if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
                    {
                        return d;
                    }

                    break;
            }
        }

        throw new StatsArgumentException($"'{where}' must be a number (or \"NA\", \"NaN\", \"Inf\", \"-Inf\"), not {v.GetRawText()}");
    }
}
