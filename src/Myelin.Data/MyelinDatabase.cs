using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Myelin.Data.Sqlite;

namespace Myelin.Data;

/// <summary>Opens and migrates the study database for a <see cref="DatabaseTarget"/>.</summary>
public static class MyelinDatabase
{
    /// <summary>
    /// Creates a context for the target: <see cref="SqliteMyelinDbContext"/> (creating the file's folder; WAL,
    /// synchronous=FULL, foreign keys on) or <see cref="PostgresMyelinDbContext"/>. The caller disposes it.
    /// </summary>
    /// <param name="target">Where the database lives.</param>
    /// <param name="clock">The clock that stamps change-log rows.</param>
    public static MyelinDbContext CreateContext(DatabaseTarget target, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(clock);
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.GetDirectoryName(target.SqlitePath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            return new SqliteMyelinDbContext(SqliteOptions(SqliteConnectionString(target.SqlitePath!)), clock);
        }

        return new PostgresMyelinDbContext(PostgresOptions(target.PostgresConnectionString!), clock);
    }

    /// <summary>
    /// Brings the database up to the latest migration, creating it when missing (on PostgreSQL, the database, when the
    /// user may create databases).
    /// </summary>
    /// <returns>The names of the migrations applied now, oldest first; empty when it was up to date.</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(DatabaseTarget target, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var db = CreateContext(target, clock);
        await using (db.ConfigureAwait(false))
        {
            return await MigrateAsync(db, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Brings the context's database up to the latest migration.</summary>
    /// <returns>The names of the migrations applied now, oldest first; empty when it was up to date.</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(MyelinDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return pending;
    }

    internal static string SqliteConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true, Pooling = true }.ToString();

    internal static DbContextOptions<SqliteMyelinDbContext> SqliteOptions(string connectionString) =>
        new DbContextOptionsBuilder<SqliteMyelinDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(SqlitePragmaInterceptor.Instance)
            .Options;

    internal static DbContextOptions<PostgresMyelinDbContext> PostgresOptions(string connectionString) =>
        new DbContextOptionsBuilder<PostgresMyelinDbContext>()
            .UseNpgsql(connectionString)
            .Options;
}
