using Microsoft.EntityFrameworkCore;

namespace Myelin.Data;

/// <summary>
/// The study database on PostgreSQL, with its own migrations (Migrations/Postgres). Instants are
/// <c>timestamp with time zone</c> (microsecond precision, UTC only).
/// </summary>
public sealed class PostgresMyelinDbContext : MyelinDbContext
{
    /// <summary>Creates the context; <see cref="MyelinDatabase.CreateContext"/> builds the options.</summary>
    public PostgresMyelinDbContext(DbContextOptions<PostgresMyelinDbContext> options, TimeProvider clock) : base(options, clock)
    {
    }
}
