using System.Collections;

namespace Myelin.Data.Tests;

/// <summary>Which database a command uses: --postgres, then MYELIN_POSTGRES, then --db, then the default file.</summary>
public sealed class DatabaseTargetTests
{
    private const string Server = "Host=db.example;Port=5433;Username=myelin;Password=secret;Database=trial";

    private static Hashtable Env(string? postgres = null)
    {
        var env = new Hashtable { ["PATH"] = "/usr/bin" };
        if (postgres is not null)
        {
            env[DatabaseTarget.PostgresVariable] = postgres;
        }

        return env;
    }

    [Fact]
    public void With_nothing_given_it_is_the_default_sqlite_file()
    {
        var target = DatabaseTarget.Resolve(null, null, Env());
        Assert.Equal(DatabaseProvider.Sqlite, target.Provider);
        Assert.Equal(Path.GetFullPath("myelin-data/myelin.db"), target.SqlitePath);
    }

    [Fact]
    public void The_db_option_names_the_file()
    {
        var target = DatabaseTarget.Resolve("/tmp/x/study.db", null, Env());
        Assert.Equal(("/tmp/x/study.db", (string?)null), (target.SqlitePath, target.PostgresConnectionString));
    }

    [Fact]
    public void The_environment_wins_over_the_db_option_and_the_postgres_option_over_both()
    {
        Assert.Equal(DatabaseProvider.Postgres, DatabaseTarget.Resolve("/tmp/x.db", null, Env(Server)).Provider);
        var chosen = DatabaseTarget.Resolve("/tmp/x.db", "Host=other;Database=d", Env(Server));
        Assert.Equal("Host=other;Database=d", chosen.PostgresConnectionString);
    }

    [Fact]
    public void A_blank_environment_variable_is_ignored()
    {
        Assert.Equal(DatabaseProvider.Sqlite, DatabaseTarget.Resolve(null, null, Env("  ")).Provider);
    }

    [Fact]
    public void Descriptions_never_show_the_password()
    {
        var target = DatabaseTarget.Postgres(Server);
        Assert.Equal("PostgreSQL db.example:5433/trial", target.Describe());
        Assert.DoesNotContain("secret", target.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_values_are_refused_naming_where_they_came_from()
    {
        Assert.StartsWith("--postgres: The PostgreSQL connection string is malformed", Assert.Throws<ArgumentException>(() => DatabaseTarget.Resolve(null, "Hots=x", Env())).Message, StringComparison.Ordinal);
        Assert.StartsWith("MYELIN_POSTGRES: The PostgreSQL connection string names no Host", Assert.Throws<ArgumentException>(() => DatabaseTarget.Resolve(null, null, Env("Database=x"))).Message, StringComparison.Ordinal);
        Assert.StartsWith("--db: The SQLite database path is empty", Assert.Throws<ArgumentException>(() => DatabaseTarget.Resolve(" ", null, Env())).Message, StringComparison.Ordinal);
        Assert.StartsWith("--postgres: The PostgreSQL connection string is empty", Assert.Throws<ArgumentException>(() => DatabaseTarget.Resolve(null, "", Env())).Message, StringComparison.Ordinal);
    }
}
