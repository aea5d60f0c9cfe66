using System.Text;
using System.Text.Json;
using Myelin.Statistics.Tests.Golden;

namespace Myelin.Statistics.Tests.Tests;

/// <summary>
/// Every case of Golden/htests.json (R 4.2.2, r/golden-htests.R) against the library: statistic, parameters,
/// p-value, interval and its level, estimates, null values, alternative, method, warnings and errors.
/// Tolerance 1e-12 relative: R's results are closed-form or exact sums, and where R uses uniroot
/// (asymptotic Hodges–Lehmann estimate and interval, Fisher's conditional MLE and interval) Myelin runs the same
/// Brent iteration (<see cref="Numerics.Zeroin"/>) on the same function values, so it lands on R's own digits.
/// </summary>
public sealed class HtestGoldenTests
{
    private const double Tolerance = 1e-12;

    private static readonly HashSet<string> Covered = ["t.test", "wilcox.test", "p.adjust", "fisher.test", "chisq.test",
        "mcnemar.test", "prop.test", "kruskal.test", "friedman.test"];

    public static TheoryData<string> Cases()
    {
        using var doc = GoldenNumber.Load("htests.json");
        var data = new TheoryData<string>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            if (!Covered.Contains(c.GetProperty("request").GetProperty("test").GetString()!))
            {
                continue;
            }

            data.Add(c.GetProperty("id").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_R(string id)
    {
        using var doc = GoldenNumber.Load("htests.json");
        var c = doc.RootElement.EnumerateArray().First(e => e.GetProperty("id").GetString() == id);
        var expected = c.GetProperty("result");
        var req = c.GetProperty("request");
        var errors = new StringBuilder();
        if (req.GetProperty("test").GetString() == "p.adjust")
        {
            double[] got = GoldenPAdjust.Run(req);
            CompareArray(errors, "p_adjusted", GoldenNumber.Array(expected.GetProperty("p_adjusted")), got);
            Assert.True(errors.Length == 0, errors.ToString());
            return;
        }

        HtestResult actual = GoldenRequest.Run(req);
        if (expected.TryGetProperty("error", out var err))
        {
            Assert.Equal(err.GetString(), actual.Error);
            return;
        }

        Assert.True(actual.Error is null, "unexpected error: " + actual.Error);
        if (expected.TryGetProperty("statistic", out var st) && st.ValueKind != JsonValueKind.Null)
        {
            Check(errors, "statistic name", st.GetProperty("name").GetString(), actual.StatisticName);
            Compare(errors, "statistic", GoldenNumber.Parse(st.GetProperty("value")), actual.Statistic);
        }

        CompareNamed(errors, "parameter", expected.GetProperty("parameter"), actual.Parameters);
        Compare(errors, "p_value", GoldenNumber.Parse(expected.GetProperty("p_value")), actual.PValue);
        var ci = expected.GetProperty("conf_int");
        if (ci.ValueKind == JsonValueKind.Null)
        {
            Check(errors, "conf_int", "null", actual.ConfInt is null ? "null" : "present");
        }
        else if (actual.ConfInt is null)
        {
            errors.AppendLine("conf_int missing");
        }
        else
        {
            Compare(errors, "conf_int lower", GoldenNumber.Parse(ci.GetProperty("lower")), actual.ConfInt.Lower);
            Compare(errors, "conf_int upper", GoldenNumber.Parse(ci.GetProperty("upper")), actual.ConfInt.Upper);
            Compare(errors, "conf_int level", GoldenNumber.Parse(ci.GetProperty("level")), actual.ConfInt.Level);
        }

        CompareNamed(errors, "estimate", expected.GetProperty("estimate"), actual.Estimates);
        CompareNamed(errors, "null_value", expected.GetProperty("null_value"), actual.NullValues);
        if (expected.TryGetProperty("alternative", out var alt) && alt.ValueKind == JsonValueKind.String)
        {
            Check(errors, "alternative", alt.GetString(), actual.Alternative?.ToRName());
        }

        Check(errors, "method", expected.GetProperty("method").GetString(), actual.Method);
        Check(errors, "warnings", string.Join(" | ", expected.GetProperty("warnings").EnumerateArray().Select(w => w.GetString())),
            string.Join(" | ", actual.Warnings));
        Assert.True(errors.Length == 0, errors.ToString());
    }

    private static void CompareNamed(StringBuilder errors, string what, JsonElement expected, IReadOnlyList<HtestValue> actual)
    {
        var e = expected.ValueKind == JsonValueKind.Null ? [] : expected.EnumerateArray().ToList();
        if (e.Count != actual.Count)
        {
            errors.AppendLine($"{what}: R has {e.Count} values, got {actual.Count}");
            return;
        }

        for (int i = 0; i < e.Count; i++)
        {
            Check(errors, what + " name", e[i].GetProperty("name").GetString(), actual[i].Name);
            Compare(errors, what + " " + actual[i].Name, GoldenNumber.Parse(e[i].GetProperty("value")), actual[i].Value);
        }
    }

    private static void CompareArray(StringBuilder errors, string what, double[] expected, double[] actual)
    {
        if (expected.Length != actual.Length)
        {
            errors.AppendLine($"{what}: length {expected.Length} vs {actual.Length}");
            return;
        }

        for (int i = 0; i < expected.Length; i++)
        {
            Compare(errors, $"{what}[{i}]", expected[i], actual[i]);
        }
    }

    private static void Compare(StringBuilder errors, string what, double expected, double actual)
    {
        double rel = GoldenNumber.RelativeError(expected, actual);
        if (rel > Tolerance)
        {
            errors.AppendLine($"{what}: R {expected:R}, got {actual:R} (rel {rel:E2})");
        }
    }

    private static void Check(StringBuilder errors, string what, string? expected, string? actual)
    {
        if (expected != actual)
        {
            errors.AppendLine($"{what}: R '{expected}', got '{actual}'");
        }
    }
}
