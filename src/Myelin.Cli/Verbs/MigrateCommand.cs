using System.CommandLine;
using Myelin.Data;

namespace Myelin.Cli.Verbs;

/// <summary><c>myelin migrate</c>: applies the database migrations (other verbs also apply them on first use).</summary>
internal static class MigrateCommand
{
    public static Command Create(CliHost host)
    {
        var db = new DatabaseOptions();
        var command = new Command("migrate", "Create or upgrade the database schema (SQLite file or PostgreSQL).");
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            var target = db.Target(parse, host);
            var applied = await MyelinDatabase.MigrateAsync(target, host.Clock, ct).ConfigureAwait(false);
            await host.Output.WriteLineAsync(applied.Count == 0
                ? $"{target.Describe()}: up to date"
                : $"{target.Describe()}: applied {string.Join(", ", applied)}").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
