using Myelin.Interop.LongCsv;

namespace Myelin.Cli.Tests.Verbs;

public class ImportExportTests
{
    private static readonly string Protocol = CliRun.Sample("k2-7-preliminary.yaml");

    private static IReadOnlyList<LongRow> Rows(string path)
    {
        using var reader = new StreamReader(path);
        var read = LongCsvFormat.Read(reader, path);
        Assert.True(read.IsValid, string.Join('\n', read.Errors));
        return read.Rows;
    }

    /// <summary>Screens and enrols each participant of a long CSV at the instant its screening rows carry.</summary>
    private static async Task AddParticipantsAsync(CliRun cli, string csv, string db)
    {
        foreach (var person in Rows(csv).Where(r => r.Event == "screening").GroupBy(r => r.Participant))
        {
            cli.Clock.Now = person.First().RecordedAt;
            var args = new List<string> { "participant", "add", "--study", "k2-7-preliminary", "--code", person.Key, "--db", db, "--enrol", "--enrolled-on", "2026-01-05" };
            foreach (var r in person) { args.Add("--screen"); args.Add($"{r.Item}={r.Value}"); }
            await cli.OkAsync([.. args]);
        }
    }

    [Fact]
    public async Task Simulated_data_stored_and_exported_equal_the_simulated_csv_byte_for_byte()
    {
        using var cli = new CliRun();
        await cli.OkAsync("simulate", "--protocol", Protocol, "--participants", "12", "--seed", "9", "--out", "sim.csv", "--store", "--db", "a.db");
        await cli.OkAsync("export", "--study", "k2-7-preliminary", "--db", "a.db", "--out", "export.csv");

        Assert.Equal(File.ReadAllBytes(cli.PathOf("sim.csv")), File.ReadAllBytes(cli.PathOf("export.csv")));
        Assert.True(Rows(cli.PathOf("sim.csv")).Count > 12 * 50);
    }

    [Fact]
    public async Task Importing_into_an_empty_copy_of_the_study_and_exporting_again_loses_nothing()
    {
        using var cli = new CliRun();
        await cli.OkAsync("simulate", "--protocol", Protocol, "--participants", "8", "--seed", "4", "--out", "sim.csv");
        await cli.OkAsync("study", "create", "--protocol", Protocol, "--db", "b.db");
        await AddParticipantsAsync(cli, cli.PathOf("sim.csv"), "b.db");

        var imported = await cli.OkAsync("import", "--study", "k2-7-preliminary", "--data", "sim.csv", "--db", "b.db");
        await cli.OkAsync("export", "--study", "k2-7-preliminary", "--db", "b.db", "--out", "again.csv");

        Assert.Contains("Imported", imported, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(cli.PathOf("sim.csv")), File.ReadAllText(cli.PathOf("again.csv")));
    }

    [Fact]
    public async Task A_file_with_bad_rows_is_refused_whole_with_every_problem_by_line_and_changes_nothing()
    {
        using var cli = new CliRun();
        await cli.OkAsync("simulate", "--protocol", Protocol, "--participants", "3", "--seed", "4", "--out", "sim.csv");
        await cli.OkAsync("study", "create", "--protocol", Protocol, "--db", "c.db");
        await AddParticipantsAsync(cli, cli.PathOf("sim.csv"), "c.db");
        var lines = File.ReadAllLines(cli.PathOf("sim.csv")).ToList();
        var header = lines[0].Split(',').ToList();
        string[] Cells(int i) => lines[i].Split(',');
        var global = lines.FindIndex(l => l.Contains(",diary-w1,symptoms,global,", StringComparison.Ordinal));
        var cells = Cells(global); cells[header.IndexOf("value")] = "11"; lines[global] = string.Join(',', cells);
        var tingling = lines.FindIndex(l => l.Contains(",diary-w2,symptoms,tingling,", StringComparison.Ordinal));
        cells = Cells(tingling); cells[header.IndexOf("participant")] = "P999"; lines[tingling] = string.Join(',', cells);
        var lab = lines.FindIndex(l => l.Contains(",labs,b12,", StringComparison.Ordinal));
        cells = Cells(lab); cells[header.IndexOf("item")] = "vitamin_b12"; lines[lab] = string.Join(',', cells);
        File.WriteAllLines(cli.PathOf("bad.csv"), lines);

        var (exit, _, error) = await cli.RunAsync("import", "--study", "k2-7-preliminary", "--data", "bad.csv", "--db", "c.db");
        await cli.OkAsync("export", "--study", "k2-7-preliminary", "--db", "c.db", "--out", "after.csv");

        Assert.Equal(2, exit);
        Assert.Contains($"bad.csv:{global + 1}: column 'value': 11 is out of range", error, StringComparison.Ordinal);
        Assert.Contains($"bad.csv:{tingling + 1}: column 'participant': 'P999' is not a participant", error, StringComparison.Ordinal);
        Assert.Contains($"bad.csv:{lab + 1}: column 'item': 'vitamin_b12' is not an item of instrument 'labs'", error, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", error, StringComparison.Ordinal);
        // Only the screening values stored by 'participant add' are there: no assessment was imported.
        Assert.All(Rows(cli.PathOf("after.csv")), r => Assert.Equal("screening", r.Event));
    }

    [Fact]
    public async Task Record_checks_each_value_against_the_protocol_and_never_overwrites()
    {
        using var cli = new CliRun();
        await cli.OkAsync("study", "create", "--protocol", Protocol, "--db", "d.db");
        await cli.OkAsync("participant", "add", "--study", "k2-7-preliminary", "--code", "P001", "--db", "d.db",
            "--screen", "consent=yes", "--screen", "age=54", "--screen", "etiology=b12", "--screen", "baseline_vas=7.5", "--screen", "vka_use=no", "--screen", "pregnant=no",
            "--enrol", "--enrolled-on", "2026-01-05");
        string[] values = ["--value", "tingling=6", "--value", "numbness=5.5", "--value", "weakness=4", "--value", "fatigue=5", "--value", "cramps=3"];

        var missing = await cli.RunAsync(["record", "--study", "k2-7-preliminary", "--participant", "P001", "--event", "diary-w1", "--instrument", "symptoms", "--db", "d.db", .. values]);
        var outOfRange = await cli.RunAsync(["record", "--study", "k2-7-preliminary", "--participant", "P001", "--event", "diary-w1", "--instrument", "symptoms", "--db", "d.db", .. values, "--value", "global=10.5"]);
        var ok = await cli.RunAsync(["record", "--study", "k2-7-preliminary", "--participant", "P001", "--event", "diary-w1", "--instrument", "symptoms", "--db", "d.db", .. values, "--value", "global=5.2", "--source", "diary"]);
        var twice = await cli.RunAsync(["record", "--study", "k2-7-preliminary", "--participant", "P001", "--event", "diary-w1", "--instrument", "symptoms", "--db", "d.db", .. values, "--value", "global=5.2"]);
        var list = await cli.OkAsync("participant", "list", "--study", "k2-7-preliminary", "--db", "d.db");

        Assert.Equal(2, missing.Exit);
        Assert.Contains("'global' (Overall neuropathy symptoms) is required", missing.Err, StringComparison.Ordinal);
        Assert.Equal(2, outOfRange.Exit);
        Assert.Contains("10.5 is out of range for 'global'", outOfRange.Err, StringComparison.Ordinal);
        Assert.True(ok.Exit == 0, ok.Err);
        Assert.Equal(2, twice.Exit);
        Assert.Contains("is not overwritten", twice.Err, StringComparison.Ordinal);
        Assert.Contains("moderate", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ineligible_participant_is_not_enrolled_and_the_reasons_are_given()
    {
        using var cli = new CliRun();
        await cli.OkAsync("study", "create", "--protocol", Protocol, "--db", "e.db");
        var (exit, _, error) = await cli.RunAsync("participant", "add", "--study", "k2-7-preliminary", "--code", "P002", "--db", "e.db",
            "--screen", "consent=yes", "--screen", "age=54", "--screen", "etiology=b12", "--screen", "baseline_vas=3", "--screen", "vka_use=yes", "--enrol");
        var list = await cli.OkAsync("participant", "list", "--study", "k2-7-preliminary", "--db", "e.db");

        Assert.Equal(2, exit);
        Assert.Contains("not eligible", error, StringComparison.Ordinal);
        Assert.Contains("vitamin K antagonist", error, StringComparison.Ordinal);
        Assert.Contains("0 participant(s)", list, StringComparison.Ordinal);
    }
}
