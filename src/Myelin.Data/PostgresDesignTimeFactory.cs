using Microsoft.EntityFrameworkCore.Design;

namespace Myelin.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL model without a server: the connection string is only used by commands
/// that connect (e.g. <c>database update</c>), taken from MYELIN_POSTGRES when set.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMyelinDbContext>
{
    public PostgresMyelinDbContext CreateDbContext(string[] args)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(DatabaseTarget.PostgresVariable);
        var connectionString = string.IsNullOrWhiteSpace(fromEnvironment) ? "Host=127.0.0.1;Database=myelin" : fromEnvironment;
        return new(MyelinDatabase.PostgresOptions(connectionString), TimeProvider.System);
    }
}
