using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.Sqlite;

namespace Myelin.Cli.Verbs;

/// <summary>
/// <c>myelin restore --from FILE</c>: puts a backup made by <c>myelin backup</c> back in place of the SQLite database, after
/// checking it is a Myelin database this version can read whose audit trails verify. It overwrites only with --force.
/// </summary>
internal static class RestoreCommand
{
    public static Command Create(CliHost host)
    {
        var db = new DatabaseOptions();
        var from = new Option<string>("--from") { Description = "The backup file", Required = true, HelpName = "FILE" };
        var force = new Option<bool>("--force") { Description = "Replace the database when it exists (its current content is lost)" };
        var command = new Command("restore", "Restore an SQLite database from a backup, after checking the backup's structure and audit trails.") { from, force };
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            var target = db.Target(parse, host);
            if (target.Provider == DatabaseProvider.Postgres) throw new UsageException("restore writes SQLite databases. " + BackupCommand.PostgresHint);
            var backup = host.ResolvePath(parse.GetValue(from)!);
            var path = target.SqlitePath!;
            if (!File.Exists(backup)) throw new UsageException($"--from: the file '{backup}' does not exist");
            if (!SqliteBackup.IsSqliteFile(backup)) throw new UsageException($"--from: '{backup}' is not an SQLite database");
            if (string.Equals(Path.GetFullPath(backup), path, StringComparison.Ordinal)) throw new UsageException("--from: the backup is the database itself");
            if (File.Exists(path) && !parse.GetValue(force))
                throw new UsageException($"--db: '{path}' exists; restoring replaces everything in it. Give --force to replace it (back it up first with 'myelin backup').");

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Check a private copy, so that the backup file itself is never opened for writing.
            var temp = path + ".restoring";
            File.Delete(temp);
            try
            {
                SqliteBackup.Copy(backup, temp);
                if (!SqliteBackup.HasMyelinTables(temp)) throw new UsageException($"--from: '{backup}' is an SQLite database but not a Myelin one (no change log or migrations history)");
                await RequireKnownMigrationsAsync(temp, host, backup, ct).ConfigureAwait(false);
                var integrity = SqliteBackup.IntegrityCheck(temp);
                var (verdicts, problems) = await BackupCommand.CheckAsync(temp, host.Clock, ct).ConfigureAwait(false);
                if (integrity != "ok") problems.Insert(0, "SQLite integrity check: " + integrity);
                if (problems.Count > 0)
                {
                    await BackupCommand.ReportAsync(host, verdicts, problems).ConfigureAwait(false);
                    await host.Error.WriteLineAsync($"restore: '{backup}' fails its checks; nothing was restored.").ConfigureAwait(false);
                    return ExitCodes.Failed;
                }

                SqliteBackup.Copy(temp, path);
                await host.Output.WriteLineAsync($"Restored {target.Describe()} from {backup}.").ConfigureAwait(false);
                await BackupCommand.ReportAsync(host, verdicts, problems).ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            finally
            {
                File.Delete(temp);
                File.Delete(temp + "-wal");
                File.Delete(temp + "-shm");
            }
        }));
        return command;
    }

    // A backup from a newer Myelin holds a schema this program cannot read: refuse it rather than misread it.
    private static async Task RequireKnownMigrationsAsync(string path, CliHost host, string backup, CancellationToken ct)
    {
        var context = MyelinDatabase.CreateContext(DatabaseTarget.Sqlite(path), host.Clock);
        await using (context.ConfigureAwait(false))
        {
            var known = context.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
            var unknown = (await context.Database.GetAppliedMigrationsAsync(ct).ConfigureAwait(false)).Where(m => !known.Contains(m)).ToList();
            if (unknown.Count > 0)
                throw new UsageException($"--from: '{backup}' was made by a newer Myelin (migrations {string.Join(", ", unknown)}); restore it with that version");
        }
    }
}
