using Microsoft.EntityFrameworkCore.Design;

namespace Myelin.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model; it opens no file unless a command applies migrations.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMyelinDbContext>
{
    public SqliteMyelinDbContext CreateDbContext(string[] args) =>
        new(MyelinDatabase.SqliteOptions(MyelinDatabase.SqliteConnectionString(DatabaseTarget.DefaultSqlitePath)), TimeProvider.System);
}
