using Npgsql;

namespace Myelin.Data.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server named by MYELIN_TEST_POSTGRES (a connection string to a maintenance database).
/// Each user gets fresh databases with random names and drops them.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "MYELIN_TEST_POSTGRES";

    private static readonly Lazy<string?> Unavailable = new(Probe);

    /// <summary>Why PostgreSQL tests cannot run here, or null when the server answers.</summary>
    public static string? SkipReason => Unavailable.Value;

    /// <summary>A connection string for a database of this name on the test server.</summary>
    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(Variable)) { Database = database, Pooling = true }.ToString();

    public static string NewDatabaseName() => "myelin_test_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Drops a test database, closing any connection still open to it.</summary>
    public static async Task DropAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(Variable));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }

    private static string? Probe()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return $"{Variable} is not set: no PostgreSQL server to test against (./test starts one).";
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5 };
            using var connection = new NpgsqlConnection(builder.ToString());
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException or TimeoutException)
        {
            return $"the PostgreSQL server in {Variable} cannot be reached: {e.Message}";
        }
    }
}
