using System.Text.Json;

namespace Myelin.Cli.Tests.Verbs;

public class AnalyzeCommandTests
{
    private static readonly string Protocol = CliRun.Sample("k2-7-preliminary.yaml");

    [Fact]
    public async Task A_protocol_and_its_long_csv_are_analysed_without_a_database()
    {
        using var cli = new CliRun();
        await cli.OkAsync("simulate", "--protocol", Protocol, "--participants", "30", "--seed", "2012", "--out", "sim.csv");

        await cli.OkAsync("analyze", "--protocol", Protocol, "--data", "sim.csv", "--json", "out.json");

        using var json = JsonDocument.Parse(File.ReadAllText(cli.PathOf("out.json")));
        var root = json.RootElement;
        Assert.Equal("myelin.analysis/1", root.GetProperty("schema").GetString());
        var primary = root.GetProperty("endpoints").EnumerateArray().First(e => e.GetProperty("id").GetString() == "overall-change");
        Assert.Equal("diary-w0", primary.GetProperty("from_event").GetString());
        Assert.Equal("diary-w8", primary.GetProperty("to_event").GetString());
        var all = primary.GetProperty("groups").EnumerateArray().First(g => g.GetProperty("by").GetString() == "all");
        Assert.InRange(all.GetProperty("n").GetInt32(), 20, 30);
        // Reduced to 1–2 at week 8: the follow-up mean lies there and the change is a fall of several points.
        Assert.InRange(all.GetProperty("followup").GetProperty("mean").GetDouble(), 1.0, 2.0);
        Assert.InRange(all.GetProperty("change").GetProperty("mean").GetDouble(), -8.0, -4.0);
        var strata = primary.GetProperty("groups").EnumerateArray().Where(g => g.GetProperty("by").GetString() == "stratum")
            .Select(g => g.GetProperty("level").GetString()).ToList();
        Assert.Equal(["moderate", "severe"], strata.Order());
    }

    [Fact]
    public async Task Rows_that_do_not_fit_are_listed_by_line_and_analysed_around_only_when_asked()
    {
        using var cli = new CliRun();
        await cli.OkAsync("simulate", "--protocol", Protocol, "--participants", "10", "--seed", "3", "--out", "sim.csv");
        var lines = File.ReadAllLines(cli.PathOf("sim.csv")).ToList();
        var bad = lines.FindIndex(l => l.Contains(",diary-w3,symptoms,tingling,", StringComparison.Ordinal));
        lines[bad] = lines[bad].Replace(",diary-w3,", ",diary-w33,", StringComparison.Ordinal);
        File.WriteAllLines(cli.PathOf("bad.csv"), lines);

        var refused = await cli.RunAsync("analyze", "--protocol", Protocol, "--data", "bad.csv", "--json", "out.json");
        var skipped = await cli.RunAsync("analyze", "--protocol", Protocol, "--data", "bad.csv", "--json", "out.json", "--skip-invalid");

        Assert.Equal(2, refused.Exit);
        Assert.Contains($"line {bad + 1}:", refused.Err, StringComparison.Ordinal);
        Assert.Contains("diary-w33", refused.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.PathOf("out.json.tmp")));
        Assert.True(skipped.Exit == 0, skipped.Err);
        using var json = JsonDocument.Parse(File.ReadAllText(cli.PathOf("out.json")));
        var excluded = json.RootElement.GetProperty("excluded").EnumerateArray().ToList();
        Assert.Contains(excluded, e => e.GetProperty("line").GetInt32() == bad + 1);
    }

    [Fact]
    public async Task Study_and_protocol_together_are_refused()
    {
        using var cli = new CliRun();
        var (exit, _, error) = await cli.RunAsync("analyze", "--study", "x", "--protocol", Protocol, "--data", "a.csv");
        Assert.Equal(2, exit);
        Assert.Contains("not both", error, StringComparison.Ordinal);
    }
}
