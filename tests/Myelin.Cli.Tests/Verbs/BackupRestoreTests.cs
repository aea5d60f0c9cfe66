using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Records;

namespace Myelin.Cli.Tests.Verbs;

/// <summary><c>myelin backup</c> and <c>myelin restore</c>: a consistent copy of a live database, checked, and brought back unchanged.</summary>
public class BackupRestoreTests
{
    private const string Study = "k2-7-preliminary";
    private static readonly string Protocol = CliRun.Sample("k2-7-preliminary.yaml");

    [Fact]
    public async Task A_backup_restored_elsewhere_exports_the_same_long_csv_byte_for_byte_and_keeps_the_chain_head()
    {
        using var cli = new CliRun();
        await cli.OkAsync("simulate", "--protocol", Protocol, "--participants", "6", "--seed", "3", "--out", "sim.csv", "--store", "--db", "live.db");
        await cli.OkAsync("export", "--study", Study, "--db", "live.db", "--out", "before.csv");
        var head = HeadOf(await cli.OkAsync("audit", "verify", "--study", Study, "--db", "live.db"));

        var backup = await cli.OkAsync("backup", "--db", "live.db", "--out", "live.backup");
        Assert.Contains($"study '{Study}':", backup, StringComparison.Ordinal);
        Assert.Contains($"head {head}", backup, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.PathOf("live.backup-wal")));
        Assert.False(File.Exists(cli.PathOf("live.backup.partial")));

        var restored = await cli.OkAsync("restore", "--from", "live.backup", "--db", "restored/again.db");
        Assert.Contains("Restored SQLite", restored, StringComparison.Ordinal);
        await cli.OkAsync("export", "--study", Study, "--db", "restored/again.db", "--out", "after.csv");
        Assert.Equal(File.ReadAllBytes(cli.PathOf("before.csv")), File.ReadAllBytes(cli.PathOf("after.csv")));
        await cli.OkAsync("audit", "verify", "--study", Study, "--db", "restored/again.db", "--expect-head", head);
    }

    [Fact]
    public async Task Restore_refuses_to_overwrite_without_force_and_replaces_the_database_with_it()
    {
        using var cli = new CliRun();
        await cli.OkAsync("study", "create", "--protocol", Protocol, "--db", "live.db");
        await cli.OkAsync("participant", "add", "--study", Study, "--code", "P001", "--db", "live.db");
        await cli.OkAsync("backup", "--db", "live.db", "--out", "one.backup");
        await cli.OkAsync("participant", "add", "--study", Study, "--code", "P002", "--db", "live.db");

        var (exit, _, error) = await cli.RunAsync("restore", "--from", "one.backup", "--db", "live.db");
        Assert.Equal(2, exit);
        Assert.Contains("Give --force", error, StringComparison.Ordinal);
        Assert.Contains("P002", await cli.OkAsync("participant", "list", "--study", Study, "--db", "live.db"), StringComparison.Ordinal);

        await cli.OkAsync("restore", "--from", "one.backup", "--db", "live.db", "--force");
        var list = await cli.OkAsync("participant", "list", "--study", Study, "--db", "live.db");
        Assert.Contains("P001", list, StringComparison.Ordinal);
        Assert.DoesNotContain("P002", list, StringComparison.Ordinal);
        await cli.OkAsync("audit", "verify", "--study", Study, "--db", "live.db");

        (exit, _, error) = await cli.RunAsync("backup", "--db", "live.db", "--out", "one.backup");
        Assert.Equal((2, true), (exit, error.Contains("already exists", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Restore_refuses_a_file_that_is_not_a_myelin_database_or_whose_trail_was_tampered_with()
    {
        using var cli = new CliRun();
        await File.WriteAllTextAsync(cli.PathOf("notes.txt"), "not a database");
        var (exit, _, error) = await cli.RunAsync("restore", "--from", "notes.txt", "--db", "x.db");
        Assert.Equal((2, true), (exit, error.Contains("is not an SQLite database", StringComparison.Ordinal)));

        using (var other = new SqliteConnection($"Data Source={cli.PathOf("other.db")};Pooling=False"))
        {
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "CREATE TABLE t (x INTEGER)";
            command.ExecuteNonQuery();
        }

        (exit, _, error) = await cli.RunAsync("restore", "--from", "other.db", "--db", "x.db");
        Assert.Equal((2, true), (exit, error.Contains("not a Myelin one", StringComparison.Ordinal)));

        await cli.OkAsync("study", "create", "--protocol", Protocol, "--db", "live.db");
        await cli.OkAsync("participant", "add", "--study", Study, "--code", "P001", "--db", "live.db");
        await cli.OkAsync("backup", "--db", "live.db", "--out", "b.backup");
        using (var file = new SqliteConnection($"Data Source={cli.PathOf("b.backup")};Pooling=False"))
        {
            file.Open();
            using var command = file.CreateCommand();
            command.CommandText = "DROP TRIGGER \"ChangeLog_no_update\"; UPDATE \"ChangeLog\" SET \"NewValue\" = 'P999' WHERE \"Field\" = 'Code'";
            command.ExecuteNonQuery();
        }

        (exit, var output, error) = await cli.RunAsync("restore", "--from", "b.backup", "--db", "x.db");
        Assert.Equal(1, exit);
        Assert.Contains("FAILED: study 'k2-7-preliminary': entry #", output, StringComparison.Ordinal);
        Assert.Contains("nothing was restored", error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.PathOf("x.db")));
    }

    [Fact]
    public async Task PostgreSQL_is_refused_with_the_pg_dump_steps()
    {
        using var cli = new CliRun();
        var (exit, _, error) = await cli.RunAsync("backup", "--postgres", "Host=127.0.0.1;Database=myelin", "--out", "x.backup");
        Assert.Equal((2, true, true), (exit, error.Contains("pg_dump --format=custom", StringComparison.Ordinal), error.Contains("pg_restore", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_backup_taken_while_another_connection_writes_is_consistent()
    {
        using var cli = new CliRun();
        await cli.OkAsync("study", "create", "--protocol", Protocol, "--db", "live.db");
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            await using var db = MyelinDatabase.CreateContext(DatabaseTarget.Sqlite(cli.PathOf("live.db")), TimeProvider.System);
            db.Actor = new ChangeActor("writer", ChangeChannel.Cli);
            var site = await db.Sites.SingleAsync(s => s.StudyId == Study);
            while (!stop.IsCancellationRequested && written < 2000)
            {
                db.Participants.Add(Participant.Screen(site, $"W{written:0000}", null, TimeProvider.System.GetUtcNow()));
                await db.SaveChangesAsync();
                written++;
            }
        });
        while (written < 20) await Task.Delay(10);
        var backups = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            await cli.OkAsync("backup", "--db", "live.db", "--out", $"b{i}.backup");
            backups.Add(written);
        }

        await stop.CancelAsync();
        await writer;
        Assert.True(written > backups[0], "the writer went on while the backups ran");
        for (var i = 0; i < 3; i++)
        {
            await cli.OkAsync("restore", "--from", $"b{i}.backup", "--db", $"r{i}.db");
            await using var db = MyelinDatabase.CreateContext(DatabaseTarget.Sqlite(cli.PathOf($"r{i}.db")), TimeProvider.System);
            var verdict = await db.VerifyChangeLogAsync(Study);
            Assert.True(verdict.Intact, verdict.Problem);
            // Each participant is one transaction: a consistent copy holds whole participants only.
            var participants = await db.Participants.CountAsync();
            Assert.Equal(participants * 7, verdict.RowsChecked);
        }
    }

    private static string HeadOf(string verifyOutput) =>
        verifyOutput.Split('\n').Single(l => l.StartsWith("Head: ", StringComparison.Ordinal))["Head: ".Length..].Trim();
}
