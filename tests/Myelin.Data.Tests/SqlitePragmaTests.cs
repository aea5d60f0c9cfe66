using Microsoft.EntityFrameworkCore;
using Myelin.Data.Tests.Infrastructure;

namespace Myelin.Data.Tests;

/// <summary>SQLite runs in WAL mode with full synchronous writes and foreign keys on.</summary>
public sealed class SqlitePragmaTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Sqlite_uses_wal_full_sync_and_foreign_keys()
    {
        await using var store = await TestStore.OpenAsync(DatabaseProvider.Sqlite, postgres);
        await using var db = store.NewContext();
        await db.Database.OpenConnectionAsync();
        try
        {
            Assert.Equal("wal", await ScalarAsync(db, "PRAGMA journal_mode"));
            Assert.Equal("2", await ScalarAsync(db, "PRAGMA synchronous"));
            Assert.Equal("1", await ScalarAsync(db, "PRAGMA foreign_keys"));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public void The_database_folder_is_created()
    {
        var folder = Path.Combine(Path.GetTempPath(), "myelin-folder-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var db = MyelinDatabase.CreateContext(DatabaseTarget.Sqlite(Path.Combine(folder, "a", "b", "x.db")), TimeProvider.System);
            Assert.True(Directory.Exists(Path.Combine(folder, "a", "b")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string?> ScalarAsync(DbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
