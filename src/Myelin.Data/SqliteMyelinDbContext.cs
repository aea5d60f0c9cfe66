using Microsoft.EntityFrameworkCore;
using Myelin.Data.Sqlite;

namespace Myelin.Data;

/// <summary>The study database on SQLite, with its own migrations (Migrations/Sqlite). Instants are stored as UTC ticks.</summary>
public sealed class SqliteMyelinDbContext : MyelinDbContext
{
    /// <summary>Creates the context; <see cref="MyelinDatabase.CreateContext"/> builds the options.</summary>
    public SqliteMyelinDbContext(DbContextOptions<SqliteMyelinDbContext> options, TimeProvider clock) : base(options, clock)
    {
    }

    /// <summary>Stores every instant as UTC ticks, so that SQLite orders and compares them.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
