using System.Collections;
using System.CommandLine;
using Myelin.Data;

namespace Myelin.Cli.Verbs;

/// <summary>The <c>--db</c> and <c>--postgres</c> options every verb that touches the database takes.</summary>
internal sealed class DatabaseOptions
{
    public Option<string?> Db { get; } = new("--db")
    {
        Description = $"SQLite database file (default {DatabaseTarget.DefaultSqlitePath})",
        HelpName = "PATH",
    };

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = $"PostgreSQL connection string; also read from {DatabaseTarget.PostgresVariable}",
        HelpName = "CONNECTION STRING",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Db);
        command.Options.Add(Postgres);
    }

    /// <summary>The database the user chose: --postgres, then MYELIN_POSTGRES, then --db, then the default file.</summary>
    public DatabaseTarget Target(ParseResult parse, CliHost host)
    {
        var env = new Hashtable();
        if (host.Environment(DatabaseTarget.PostgresVariable) is { } pg) env[DatabaseTarget.PostgresVariable] = pg;
        var db = parse.GetValue(Db);
        try
        {
            return DatabaseTarget.Resolve(db is null ? null : host.ResolvePath(db), parse.GetValue(Postgres), env);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message, e);
        }
    }

    /// <summary>Opens the chosen database, applying any pending migrations first.</summary>
    public async Task<MyelinDbContext> OpenAsync(ParseResult parse, CliHost host, CancellationToken ct)
    {
        var target = Target(parse, host);
        var db = MyelinDatabase.CreateContext(target, host.Clock);
        try
        {
            await MyelinDatabase.MigrateAsync(db, ct).ConfigureAwait(false);
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return db;
    }
}
