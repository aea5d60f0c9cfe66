using Myelin.Data;

namespace Myelin.Web;

/// <summary>
/// Where the platform keeps its data and who its first administrator is; bound from the <c>Myelin</c> configuration
/// section (and <c>MYELIN_POSTGRES</c>, <c>MYELIN_ADMIN_EMAIL</c>, <c>MYELIN_ADMIN_PASSWORD</c>) and checked at start.
/// </summary>
public sealed class MyelinWebOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Myelin";

    /// <summary>The SQLite file (<c>Myelin:Sqlite</c>); default <see cref="DatabaseTarget.DefaultSqlitePath"/> when no PostgreSQL is given.</summary>
    public string? Sqlite { get; set; }

    /// <summary>A PostgreSQL connection string (<c>Myelin:Postgres</c> or <c>MYELIN_POSTGRES</c>); takes precedence over SQLite.</summary>
    public string? Postgres { get; set; }

    /// <summary>The first administrator's e-mail (<c>MYELIN_ADMIN_EMAIL</c>); generated as admin@myelin.local when unset.</summary>
    public string? AdminEmail { get; set; }

    /// <summary>The first administrator's password (<c>MYELIN_ADMIN_PASSWORD</c>); generated and printed once when unset.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>The database these options name.</summary>
    /// <exception cref="ArgumentException">Both or neither is malformed (the message says which).</exception>
    public DatabaseTarget Target() =>
        string.IsNullOrWhiteSpace(Postgres)
            ? DatabaseTarget.Sqlite(string.IsNullOrWhiteSpace(Sqlite) ? DatabaseTarget.DefaultSqlitePath : Sqlite)
            : DatabaseTarget.Postgres(Postgres);
}
