namespace Myelin.Data.Tests.Infrastructure;

/// <summary>
/// One migrated PostgreSQL database per test class, with a random name, dropped after the class. Tests in the
/// class share it, so each creates its own study (see <see cref="TestStore.NewStudyId"/>) and reads only that.
/// </summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _database;

    /// <summary>The class's database, created and migrated on first use.</summary>
    public async Task<DatabaseTarget> TargetAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_database is null)
            {
                var name = PostgresServer.NewDatabaseName();
                var target = DatabaseTarget.Postgres(PostgresServer.ConnectionStringFor(name));
                _database = name;
                await MyelinDatabase.MigrateAsync(target, TimeProvider.System);
            }

            return DatabaseTarget.Postgres(PostgresServer.ConnectionStringFor(_database));
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await PostgresServer.DropAsync(_database);
        }
    }

    public void Dispose() => _gate.Dispose();
}
