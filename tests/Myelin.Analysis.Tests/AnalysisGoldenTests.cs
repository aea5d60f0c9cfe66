using System.Globalization;
using System.Text.Json;
using Myelin.Analysis.Data;
using Myelin.Analysis.Results;
using Myelin.Analysis.Tests.Builders;

namespace Myelin.Analysis.Tests;

/// <summary>
/// The results JSON against R: r/analysis-check.R computes the same figures with t.test, wilcox.test, lm,
/// binom.test, p.adjust and quantile(type = 7) in R 4.2.2 on Golden/analysis-data.csv and writes
/// Golden/analysis-expected.json. Every number there must match the JSON written here.
/// </summary>
public sealed class AnalysisGoldenTests
{
    // Closed-form figures agree to rounding; the Hodges–Lehmann figures of the asymptotic Wilcoxon branch come from
    // the same zeroin iteration as R's uniroot, so they agree as closely.
    private const double RelativeTolerance = 1e-10;
    private const double AbsoluteTolerance = 1e-12;

    private static readonly string[][] IdentityKeys = [["id"], ["by", "level"], ["item"], ["event"], ["variable"]];

    [Fact]
    public void Rubins_rules_match_the_formulas_in_R()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(GoldenData.PathOf("analysis-expected.json")));
        var rubin = expected.RootElement.GetProperty("rubins_rules");
        var inputs = rubin.GetProperty("inputs");
        var pooled = Engine.RubinsRules.Pool(
            inputs.GetProperty("estimates").EnumerateArray().Select(e => e.GetDouble()).ToArray(),
            inputs.GetProperty("variances").EnumerateArray().Select(e => e.GetDouble()).ToArray(),
            inputs.GetProperty("complete_df").GetDouble(),
            0.95);
        using var actual = JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(pooled, AnalysisJson.Options));

        var mismatches = new List<string>();
        int compared = Compare(rubin.GetProperty("pooled"), actual.RootElement, "$", mismatches);
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.Equal(8, compared);
    }

    [Fact]
    public void The_results_json_matches_R_on_the_test_dataset()
    {
        var protocol = TestProtocols.Randomised();
        var data = AnalysisDataset.FromRows(protocol, GoldenData.Rows());
        Assert.True(data.IsValid, string.Join("; ", data.Problems));

        var result = TrialAnalysis.Run(protocol, data, new AnalysisOptions { Imputations = 5 });
        using var actual = JsonDocument.Parse(AnalysisJson.ToJson(result));
        using var expected = JsonDocument.Parse(File.ReadAllText(GoldenData.PathOf("analysis-expected.json")));

        var mismatches = new List<string>();
        int compared = Compare(expected.RootElement, actual.RootElement, "$", mismatches);
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {compared} figures differ from R:\n" + string.Join("\n", mismatches.Take(40)));
        Assert.True(compared > 3000, $"only {compared} figures compared");
    }

    private static int Compare(JsonElement expected, JsonElement actual, string path, List<string> mismatches)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                if (actual.ValueKind != JsonValueKind.Object)
                {
                    mismatches.Add($"{path}: expected an object, got {actual.ValueKind}");
                    return 1;
                }

                int count = 0;
                foreach (var property in expected.EnumerateObject())
                {
                    if (property.Name is "r_version" or "rubins_rules")
                    {
                        continue;
                    }

                    if (!actual.TryGetProperty(property.Name, out var value))
                    {
                        mismatches.Add($"{path}.{property.Name}: missing");
                        count++;
                        continue;
                    }

                    count += Compare(property.Value, value, $"{path}.{property.Name}", mismatches);
                }

                return count;

            case JsonValueKind.Array:
                return CompareArrays(expected, actual, path, mismatches);

            case JsonValueKind.Number:
                double e = expected.GetDouble();
                if (actual.ValueKind != JsonValueKind.Number)
                {
                    mismatches.Add($"{path}: expected {e.ToString("R", CultureInfo.InvariantCulture)}, got {actual}");
                    return 1;
                }

                double a = actual.GetDouble();
                if (Math.Abs(a - e) > Math.Max(AbsoluteTolerance, RelativeTolerance * Math.Abs(e)))
                {
                    mismatches.Add($"{path}: R {e.ToString("R", CultureInfo.InvariantCulture)}, Myelin {a.ToString("R", CultureInfo.InvariantCulture)}");
                }

                return 1;

            case JsonValueKind.Null:
                if (actual.ValueKind != JsonValueKind.Null)
                {
                    mismatches.Add($"{path}: expected null, got {actual}");
                }

                return 1;

            default:
                if (expected.ToString() != actual.ToString())
                {
                    mismatches.Add($"{path}: expected '{expected}', got '{actual}'");
                }

                return 1;
        }
    }

    private static int CompareArrays(JsonElement expected, JsonElement actual, string path, List<string> mismatches)
    {
        if (actual.ValueKind != JsonValueKind.Array)
        {
            mismatches.Add($"{path}: expected an array, got {actual.ValueKind}");
            return 1;
        }

        var actualItems = actual.EnumerateArray().ToList();
        var expectedItems = expected.EnumerateArray().ToList();
        var keys = expectedItems.Count > 0 && expectedItems[0].ValueKind == JsonValueKind.Object
            ? IdentityKeys.FirstOrDefault(k => k.All(name => expectedItems[0].TryGetProperty(name, out _)))
            : null;
        if (keys is null)
        {
            if (expectedItems.Count != actualItems.Count)
            {
                mismatches.Add($"{path}: expected {expectedItems.Count} elements, got {actualItems.Count}");
                return 1;
            }

            return expectedItems.Select((item, i) => Compare(item, actualItems[i], $"{path}[{i}]", mismatches)).Sum();
        }

        int count = 0;
        foreach (var item in expectedItems)
        {
            string id = string.Join("/", keys.Select(k => item.GetProperty(k).ToString()));
            var match = actualItems.FirstOrDefault(a => string.Join("/", keys.Select(k => a.TryGetProperty(k, out var v) ? v.ToString() : "\u0000")) == id);
            if (match.ValueKind == JsonValueKind.Undefined)
            {
                mismatches.Add($"{path}[{id}]: missing");
                count++;
                continue;
            }

            count += Compare(item, match, $"{path}[{id}]", mismatches);
        }

        return count;
    }
}
