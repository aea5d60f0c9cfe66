using Microsoft.Data.Sqlite;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Records;

namespace Myelin.Data.Tests.Infrastructure;

/// <summary>
/// A migrated database for one test: a fresh SQLite file of its own, or the class's PostgreSQL database.
/// Contexts it creates share a manual clock and name "alice" via the CLI as the actor.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly string? _folder;

    private TestStore(DatabaseTarget target, string? folder)
    {
        Target = target;
        _folder = folder;
    }

    public DatabaseTarget Target { get; }

    public ManualClock Clock { get; } = new(Start);

    public static async Task<TestStore> OpenAsync(DatabaseProvider provider, PostgresDatabaseFixture postgres)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            return new TestStore(await postgres.TargetAsync(), null);
        }

        var folder = Directory.CreateTempSubdirectory("myelin-data-test-").FullName;
        var store = new TestStore(DatabaseTarget.Sqlite(Path.Combine(folder, "db", "myelin.db")), folder);
        await MyelinDatabase.MigrateAsync(store.Target, store.Clock);
        return store;
    }

    /// <summary>A study id no other test uses, so tests sharing a PostgreSQL database stay apart.</summary>
    public static string NewStudyId() => "study-" + Guid.NewGuid().ToString("N")[..12];

    public MyelinDbContext NewContext(ChangeActor? actor = null)
    {
        var db = MyelinDatabase.CreateContext(Target, Clock);
        db.Actor = actor ?? new ChangeActor("alice", ChangeChannel.Cli);
        return db;
    }

    public ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
