using System.Collections;
using Npgsql;

namespace Myelin.Data;

/// <summary>
/// Where the study database lives: an SQLite file (default <c>myelin-data/myelin.db</c>) or a PostgreSQL server.
/// </summary>
public sealed record DatabaseTarget
{
    /// <summary>The SQLite file used when nothing else is given, relative to the current folder.</summary>
    public const string DefaultSqlitePath = "myelin-data/myelin.db";

    /// <summary>The environment variable that holds a PostgreSQL connection string.</summary>
    public const string PostgresVariable = "MYELIN_POSTGRES";

    private DatabaseTarget(DatabaseProvider provider, string? sqlitePath, string? postgresConnectionString)
    {
        Provider = provider;
        SqlitePath = sqlitePath;
        PostgresConnectionString = postgresConnectionString;
    }

    /// <summary>The engine.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The full path of the SQLite file; null for PostgreSQL.</summary>
    public string? SqlitePath { get; }

    /// <summary>The PostgreSQL connection string; null for SQLite.</summary>
    public string? PostgresConnectionString { get; }

    /// <summary>An SQLite file; a relative path is taken from the current folder. Its folder is created on first use.</summary>
    /// <exception cref="ArgumentException">The path is empty or not a valid path.</exception>
    public static DatabaseTarget Sqlite(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The SQLite database path is empty; give a file path such as myelin-data/myelin.db.");
        }

        try
        {
            return new DatabaseTarget(DatabaseProvider.Sqlite, Path.GetFullPath(path), null);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ArgumentException($"The SQLite database path '{path}' is not a valid file path: {e.Message}", e);
        }
    }

    /// <summary>A PostgreSQL server, e.g. <c>Host=127.0.0.1;Port=5432;Username=myelin;Database=myelin</c>.</summary>
    /// <exception cref="ArgumentException">The connection string is empty or malformed, or names no database.</exception>
    public static DatabaseTarget Postgres(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("The PostgreSQL connection string is empty; give one such as Host=127.0.0.1;Username=myelin;Database=myelin.");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new ArgumentException($"The PostgreSQL connection string is malformed: {e.Message} Expected key=value pairs separated by ';', e.g. Host=127.0.0.1;Username=myelin;Database=myelin.", e);
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new ArgumentException("The PostgreSQL connection string names no Host; add e.g. Host=127.0.0.1.");
        }

        return new DatabaseTarget(DatabaseProvider.Postgres, null, connectionString);
    }

    /// <summary>
    /// Picks the database from the command line and environment, in this order: <paramref name="postgres"/>
    /// (<c>--postgres</c>), then <c>MYELIN_POSTGRES</c> in <paramref name="environment"/>, then <paramref name="dbPath"/>
    /// (<c>--db</c>), then <see cref="DefaultSqlitePath"/>.
    /// </summary>
    /// <param name="dbPath">The <c>--db</c> option, or null.</param>
    /// <param name="postgres">The <c>--postgres</c> option, or null.</param>
    /// <param name="environment">The environment variables, e.g. <see cref="Environment.GetEnvironmentVariables()"/>.</param>
    /// <exception cref="ArgumentException">The chosen value is empty or malformed; the message names where it came from.</exception>
    public static DatabaseTarget Resolve(string? dbPath, string? postgres, IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (postgres is not null)
        {
            return Named("--postgres", () => Postgres(postgres));
        }

        if (environment[PostgresVariable] is string fromEnvironment && !string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Named(PostgresVariable, () => Postgres(fromEnvironment));
        }

        return dbPath is not null ? Named("--db", () => Sqlite(dbPath)) : Sqlite(DefaultSqlitePath);
    }

    /// <summary>A description safe to print: the SQLite path, or the PostgreSQL host, port and database without the password.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return $"SQLite {SqlitePath}";
        }

        var b = new NpgsqlConnectionStringBuilder(PostgresConnectionString);
        return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
    }

    /// <summary>Same as <see cref="Describe"/>: never shows a password.</summary>
    public override string ToString() => Describe();

    private static DatabaseTarget Named(string source, Func<DatabaseTarget> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{source}: {e.Message}", e);
        }
    }
}
