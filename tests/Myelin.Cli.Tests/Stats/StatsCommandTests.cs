using System.Text.Json;

namespace Myelin.Cli.Tests.Stats;

public sealed class StatsCommandTests
{
    private const string Paired = "id,before,after,arm\n1,7,4,active\n2,5,3,active\n3,6,6,active\n4,8,5,active\n5,4,2,active\n"
        + "6,6,5,placebo\n7,7,4,placebo\n8,9,6,placebo\n9,5,3,placebo\n10,6,5,placebo\n";

    [Fact]
    public async Task Paired_wilcoxon_on_csv_columns_gives_Rs_answer()
    {
        using var cli = new StatsCli();
        cli.Write("vas.csv", Paired);
        var (exit, output, error) = await cli.RunAsync("stats", "wilcox.test", "--data", "vas.csv", "--x", "before", "--y", "after",
            "--paired", "--conf-int");
        Assert.True(exit == 0, error);
        var r = JsonDocument.Parse(output).RootElement;
        // R 4.2.2: V = 45, p = 0.0082583435465468976, estimate 2.0000220222748974 (statistics.md §13, data A).
        Assert.Equal(45, r.GetProperty("statistic").GetProperty("V").GetDouble());
        Assert.Equal(0.0082583435465468976, r.GetProperty("p_value").GetDouble(), 1e-14);
        Assert.Equal(2.0000220222748974, r.GetProperty("estimate").GetProperty("(pseudo)median").GetDouble(), 1e-12);
        Assert.Equal(5, r.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public async Task Rule_option_selects_the_exact_with_ties_test()
    {
        using var cli = new StatsCli();
        cli.Write("vas.csv", Paired);
        var (exit, output, error) = await cli.RunAsync("stats", "wilcox.test", "--data", "vas.csv", "--x", "before", "--y", "after",
            "--paired", "--rule", "exact-with-ties");
        Assert.True(exit == 0, error);
        var r = JsonDocument.Parse(output).RootElement;
        // R 4.6.0 / coin on data A: V = 54, p = 0.00390625 (statistics.md §13).
        Assert.Equal(54, r.GetProperty("statistic").GetProperty("V").GetDouble());
        Assert.Equal(0.00390625, r.GetProperty("p_value").GetDouble());
    }

    [Fact]
    public async Task Group_column_splits_two_samples_in_sorted_level_order()
    {
        using var cli = new StatsCli();
        cli.Write("vas.csv", Paired);
        var (exit, output, error) = await cli.RunAsync("stats", "t.test", "--data", "vas.csv", "--x", "after", "--group", "arm",
            "--var-equal", "--alternative", "less", "--conf-level", "0.9");
        Assert.True(exit == 0, error);
        var r = JsonDocument.Parse(output).RootElement;
        Assert.Equal(" Two Sample t-test", r.GetProperty("method").GetString());
        Assert.Equal(4, r.GetProperty("estimate").GetProperty("mean of x").GetDouble(), 12); // active first
        Assert.Equal("-Inf", r.GetProperty("conf_int").GetProperty("lower").GetString());
        Assert.Equal(0.9, r.GetProperty("conf_int").GetProperty("conf_level").GetDouble());
    }

    [Fact]
    public async Task R_errors_are_results_with_exit_code_1()
    {
        using var cli = new StatsCli();
        cli.Write("c.csv", "v\n5\n5\n5\n");
        var (exit, output, _) = await cli.RunAsync("stats", "t.test", "--data", "c.csv", "--x", "v");
        Assert.Equal(1, exit);
        Assert.Equal("data are essentially constant", JsonDocument.Parse(output).RootElement.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("no-such-column", "has no column 'no-such-column'")]
    [InlineData("--alternative=sideways", "'alternative' should be one of")]
    [InlineData("--exact=maybe", "--exact: 'maybe' is not true, false or null")]
    public async Task Bad_arguments_exit_2_with_a_message_naming_them(string variant, string message)
    {
        using var cli = new StatsCli();
        cli.Write("vas.csv", Paired);
        string[] args = variant.StartsWith("--", StringComparison.Ordinal)
            ? ["stats", "wilcox.test", "--data", "vas.csv", "--x", "before", variant.Split('=')[0], variant.Split('=')[1]]
            : ["stats", "wilcox.test", "--data", "vas.csv", "--x", variant];
        var (exit, _, error) = await cli.RunAsync(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_data_file_and_test_and_batch_together_are_bad_input()
    {
        using var cli = new StatsCli();
        var (exit1, _, err1) = await cli.RunAsync("stats", "t.test", "--data", "missing.csv", "--x", "a");
        Assert.Equal(2, exit1);
        Assert.Contains("does not exist", err1, StringComparison.Ordinal);
        cli.Write("r.jsonl", "{\"test\":\"t.test\",\"x\":[1,2,3]}\n");
        var (exit2, _, err2) = await cli.RunAsync("stats", "t.test", "--batch", "r.jsonl");
        Assert.Equal(2, exit2);
        Assert.Contains("--batch", err2, StringComparison.Ordinal);
        var (exit3, _, _) = await cli.RunAsync("stats", "--no-such-option");
        Assert.Equal(2, exit3);
    }

    [Fact]
    public async Task Batch_file_writes_one_line_per_request()
    {
        using var cli = new StatsCli();
        cli.Write("r.jsonl", "{\"test\":\"fisher.test\",\"table\":[[12,5],[6,11]]}\n{\"test\":\"p.adjust\",\"p\":[0.01,null,0.02],\"method\":\"bonferroni\"}\n");
        var (exit, output, error) = await cli.RunAsync("stats", "--batch", "r.jsonl");
        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        // R: fisher.test(matrix(c(12,5,6,11),2)) p = 0.084414668726757305, OR 4.1953700175413031 (uniroot's digits).
        var f = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(0.084414668726757305, f.GetProperty("p_value").GetDouble(), 1e-13);
        Assert.Equal(4.1953700175413031, f.GetProperty("estimate").GetProperty("odds ratio").GetDouble(), 1e-12);
        var p = JsonDocument.Parse(lines[1]).RootElement.GetProperty("p_adjusted").EnumerateArray().ToList();
        Assert.Equal(0.02, p[0].GetDouble(), 15);
        Assert.Equal(JsonValueKind.Null, p[1].ValueKind);
        Assert.Equal(0.04, p[2].GetDouble(), 15);
    }
}
