using Microsoft.EntityFrameworkCore;
using Myelin.Data.Tests.Infrastructure;

namespace Myelin.Data.Tests;

/// <summary>The migrations of each provider create the schema on an empty database and are then up to date.</summary>
public sealed class MigrationTests
{
    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Migrations_apply_to_a_fresh_database_once(DatabaseProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("myelin-migrate-").FullName;
        var database = PostgresServer.NewDatabaseName();
        var target = provider == DatabaseProvider.Sqlite
            ? DatabaseTarget.Sqlite(Path.Combine(folder, "new", "myelin.db"))
            : DatabaseTarget.Postgres(PostgresServer.ConnectionStringFor(database));
        try
        {
            var applied = await MyelinDatabase.MigrateAsync(target, TimeProvider.System);
            Assert.Equal(["Initial", "DiaryNoteAndAllocation"], applied.Select(name => name[(name.IndexOf('_', StringComparison.Ordinal) + 1)..]));
            Assert.Empty(await MyelinDatabase.MigrateAsync(target, TimeProvider.System));

            await using var db = MyelinDatabase.CreateContext(target, TimeProvider.System);
            Assert.Equal(db.Database.GetMigrations(), applied);
            Assert.Equal(applied, await db.Database.GetAppliedMigrationsAsync());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(0, await db.Participants.CountAsync());
            Assert.Equal(0, await db.ChangeLog.CountAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            if (provider == DatabaseProvider.Postgres)
            {
                await PostgresServer.DropAsync(database);
            }
        }
    }
}
