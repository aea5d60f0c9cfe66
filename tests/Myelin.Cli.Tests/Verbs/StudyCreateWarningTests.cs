namespace Myelin.Cli.Tests.Verbs;

/// <summary><c>study create</c> shows the coordinator a diary language that would fall back to English (docs/protocol.md, "Translations").</summary>
public class StudyCreateWarningTests
{
    [Fact]
    public async Task A_protocol_without_Marathi_is_stored_with_a_warning_naming_the_language()
    {
        using var cli = new CliRun();
        var lines = File.ReadAllLines(CliRun.Sample("k2-7-preliminary.yaml")).Where(l => !l.TrimStart().StartsWith("mr: ", StringComparison.Ordinal)).ToList();
        File.WriteAllText(cli.PathOf("no-mr.yaml"), string.Join('\n', lines));
        var documentStart = lines.FindIndex(l => l.StartsWith("format:", StringComparison.Ordinal)) + 1; // the warning is about the whole document

        var (exit, output, error) = await cli.RunAsync("study", "create", "--protocol", "no-mr.yaml", "--db", "s.db");

        Assert.Equal(0, exit);
        Assert.Contains("Created study 'k2-7-preliminary'", output, StringComparison.Ordinal);
        Assert.Equal(
            $"warning: no-mr.yaml:{documentStart}:1: no text is translated into Marathi ('mr'): a participant whose diary language is mr sees the diary's questions, anchors and event labels in English (see docs/protocol.md, \"Translations\")",
            error.Trim());
    }

    [Fact]
    public async Task The_translated_sample_is_stored_without_warnings()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("study", "create", "--protocol", CliRun.Sample("k2-7-preliminary.yaml"), "--db", "s.db");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
    }
}
