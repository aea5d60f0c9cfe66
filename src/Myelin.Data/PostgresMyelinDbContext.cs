using Microsoft.EntityFrameworkCore;

namespace Myelin.Data;

/// <summary>
/// The study database on PostgreSQL, with its own migrations (Migrations/Postgres). Instants are
/// <c>timestamp with time zone</c> (microsecond precision, UTC only).
/// </summary>
public sealed class PostgresMyelinDbContext : MyelinDbContext
{
    // An advisory lock held until the transaction ends: concurrent writers (several `myelin serve` instances)
    // append to the hash chain one after the other. The key is reserved for the change log.
    private const string LockSql = "SELECT pg_advisory_xact_lock(7305482001)";

    /// <summary>Creates the context; <see cref="MyelinDatabase.CreateContext"/> builds the options.</summary>
    public PostgresMyelinDbContext(DbContextOptions<PostgresMyelinDbContext> options, TimeProvider clock) : base(options, clock)
    {
    }

    private protected override void LockChangeLog() => Database.ExecuteSqlRaw(LockSql);

    private protected override Task LockChangeLogAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync(LockSql, cancellationToken);
}
