namespace Myelin.Cli.Tests.Verbs;

public class StudyCommandTests
{
    [Fact]
    public async Task A_valid_protocol_is_stored_once_and_listed_and_shown()
    {
        using var cli = new CliRun();
        var protocol = CliRun.Sample("k2-7-preliminary.yaml");

        var created = await cli.OkAsync("study", "create", "--protocol", protocol, "--db", "s.db");
        var again = await cli.OkAsync("study", "create", "--protocol", protocol, "--db", "s.db");
        var list = await cli.OkAsync("study", "list", "--db", "s.db");
        var show = await cli.OkAsync("study", "show", "k2-7-preliminary", "--db", "s.db");

        Assert.Contains("Created study 'k2-7-preliminary' with protocol version 1", created, StringComparison.Ordinal);
        Assert.Contains("is at protocol version 1", again, StringComparison.Ordinal);
        Assert.Contains("k2-7-preliminary", list, StringComparison.Ordinal);
        Assert.Contains("single-arm, open-label", show, StringComparison.Ordinal);
        Assert.Contains("100 mcg 2× a day for 8 weeks", show, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_protocol_exits_2_names_file_line_and_column_and_stores_nothing()
    {
        using var cli = new CliRun();
        var yaml = File.ReadAllText(CliRun.Sample("k2-7-preliminary.yaml")).Replace("times_per_day: 2", "times_per_day: twice", StringComparison.Ordinal);
        File.WriteAllText(cli.PathOf("bad.yaml"), yaml);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("times_per_day: twice", StringComparison.Ordinal)) + 1;

        var (exit, _, error) = await cli.RunAsync("study", "create", "--protocol", "bad.yaml", "--db", "s.db");
        var list = await cli.OkAsync("study", "list", "--db", "s.db");

        Assert.Equal(2, exit);
        Assert.Contains($"bad.yaml:{line}:", error, StringComparison.Ordinal);
        Assert.Contains("times_per_day", error, StringComparison.Ordinal);
        Assert.Contains("No studies yet", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("study", "create")]
    [InlineData("study", "create", "--protocol", "x.yaml", "--colour", "red")]
    [InlineData("simulate", "--protocol", "x.yaml", "--participants", "many", "--out", "a.csv")]
    public async Task Bad_arguments_exit_2_and_name_the_argument(params string[] args)
    {
        using var cli = new CliRun();
        var (exit, _, error) = await cli.RunAsync(args);
        Assert.Equal(2, exit);
        Assert.Matches("--protocol|--colour|many", error);
    }

    [Fact]
    public async Task An_unknown_study_is_refused_with_the_known_ones()
    {
        using var cli = new CliRun();
        await cli.OkAsync("study", "create", "--protocol", CliRun.Sample("k2-7-preliminary.yaml"), "--db", "s.db");
        var (exit, _, error) = await cli.RunAsync("study", "show", "k2-8", "--db", "s.db");
        Assert.Equal(2, exit);
        Assert.Contains("no study 'k2-8'; known: k2-7-preliminary", error, StringComparison.Ordinal);
    }
}
