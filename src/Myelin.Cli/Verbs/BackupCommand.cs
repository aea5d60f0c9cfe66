using System.CommandLine;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Data.Sqlite;

namespace Myelin.Cli.Verbs;

/// <summary>
/// <c>myelin backup --out FILE</c>: a consistent copy of a live SQLite database through the online backup API, checked
/// (SQLite integrity, every study's audit trail) before it is put in place. PostgreSQL is backed up with pg_dump.
/// </summary>
internal static class BackupCommand
{
    public const string PostgresHint = "For PostgreSQL use its own tools: pg_dump --format=custom --file=myelin.dump \"$DATABASE\" to back up, "
        + "pg_restore --clean --if-exists --dbname=\"$DATABASE\" myelin.dump to restore (docs/security.md, Backup).";

    public static Command Create(CliHost host)
    {
        var db = new DatabaseOptions();
        var output = new Option<string>("--out") { Description = "The backup file to write; it must not exist yet", Required = true, HelpName = "FILE" };
        var command = new Command("backup", "Copy a live SQLite database consistently (online backup API) and check the copy: integrity and every audit trail.") { output };
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            var target = db.Target(parse, host);
            if (target.Provider == DatabaseProvider.Postgres) throw new UsageException("backup copies SQLite databases. " + PostgresHint);
            var source = target.SqlitePath!;
            if (!File.Exists(source)) throw new UsageException($"--db: the database file '{source}' does not exist");
            var outPath = host.ResolvePath(parse.GetValue(output)!);
            if (File.Exists(outPath)) throw new UsageException($"--out: '{outPath}' already exists; a backup never overwrites a file, choose a new name");
            if (!Directory.Exists(Path.GetDirectoryName(outPath))) throw new UsageException($"--out: the folder of '{outPath}' does not exist");

            var temp = outPath + ".partial";
            File.Delete(temp);
            try
            {
                SqliteBackup.Copy(source, temp);
                var (verdicts, problems) = await CheckAsync(temp, host.Clock, ct).ConfigureAwait(false);
                var integrity = SqliteBackup.IntegrityCheck(temp);
                if (integrity != "ok") problems.Insert(0, "SQLite integrity check: " + integrity);
                File.Move(temp, outPath);
                await host.Output.WriteLineAsync($"Backed up {target.Describe()} to {outPath} ({new FileInfo(outPath).Length.ToString(CultureInfo.InvariantCulture)} bytes).").ConfigureAwait(false);
                await ReportAsync(host, verdicts, problems).ConfigureAwait(false);
                return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
            }
            finally
            {
                File.Delete(temp);
            }
        }));
        return command;
    }

    /// <summary>Verifies every study's chain and signatures in a database file; the file's connections are closed after.</summary>
    internal static async Task<(IReadOnlyList<ChangeLogVerification> Verdicts, List<string> Problems)> CheckAsync(string path, TimeProvider clock, CancellationToken ct)
    {
        var problems = new List<string>();
        IReadOnlyList<ChangeLogVerification> verdicts;
        try
        {
            var context = MyelinDatabase.CreateContext(DatabaseTarget.Sqlite(path), clock);
            await using (context.ConfigureAwait(false))
            {
                verdicts = await context.VerifyAllChangeLogsAsync(ct).ConfigureAwait(false);
                foreach (var v in verdicts)
                {
                    if (!v.Intact) problems.Add($"study '{v.StudyId}': {v.Problem}");
                    problems.AddRange((await context.CheckSignaturesAsync(v, ct).ConfigureAwait(false)).Select(p => $"study '{v.StudyId}': {p}"));
                }
            }
        }
        finally
        {
            // The context's pooled connections would keep the file open (and its -wal beside it).
            SqliteConnection.ClearAllPools();
        }

        return (verdicts, problems);
    }

    internal static async Task ReportAsync(CliHost host, IReadOnlyList<ChangeLogVerification> verdicts, List<string> problems)
    {
        foreach (var v in verdicts)
            await host.Output.WriteLineAsync($"  study '{v.StudyId}': {v.RowsChecked.ToString(CultureInfo.InvariantCulture)} audit-trail entries, head {v.LastSequence.ToString(CultureInfo.InvariantCulture)}:{v.LastHash}").ConfigureAwait(false);
        if (problems.Count == 0)
        {
            await host.Output.WriteLineAsync("OK: the copy's structure and every audit trail check out.").ConfigureAwait(false);
            return;
        }

        foreach (var p in problems) await host.Output.WriteLineAsync("FAILED: " + p).ConfigureAwait(false);
    }
}
