using System.Text;
using System.Text.Json;
using Myelin.Analysis.Results;
using Myelin.Analysis.Tests.Builders;

namespace Myelin.Analysis.Tests;

public sealed class AnalysisJsonTests
{
    private static AnalysisResult OneParticipantStudy() => Analyses.Run(
        new RowsBuilder().Participant("P001", "b12", null, 8, 5, 2, 1.5),
        options: new AnalysisOptions { Imputations = 0 });

    [Fact]
    public void The_json_carries_the_schema_in_snake_case_with_nulls_for_undefined_figures()
    {
        using var doc = JsonDocument.Parse(AnalysisJson.ToJson(OneParticipantStudy()));
        var root = doc.RootElement;

        Assert.Equal("myelin.analysis/1", root.GetProperty("schema").GetString());
        var all = root.GetProperty("endpoints")[0].GetProperty("groups")[0];
        Assert.Equal(1, all.GetProperty("n").GetInt32());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("baseline").GetProperty("sd").ValueKind); // SD of one value is NA
        var pairedT = all.GetProperty("paired_t");
        Assert.Equal("not enough 'x' observations", pairedT.GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, pairedT.GetProperty("p_value").ValueKind);
        Assert.True(all.GetProperty("percent_change").TryGetProperty("mean_of_individual", out _));
        Assert.True(all.GetProperty("responders").TryGetProperty("ge2points", out _));
    }

    [Fact]
    public void The_wording_keeps_its_minus_sign_unescaped()
    {
        using var stream = new MemoryStream();
        AnalysisJson.Write(OneParticipantStudy(), stream);
        string text = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains("\"wording\": \"fell from 8.0 to 2.0 (\u22126.0 points, \u221275%)\"", text, StringComparison.Ordinal);
    }
}
