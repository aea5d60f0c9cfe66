namespace Myelin.Data;

/// <summary>The database engine behind a <see cref="DatabaseTarget"/>.</summary>
public enum DatabaseProvider
{
    /// <summary>An SQLite file: the default, no set-up.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: several instances, several sites.</summary>
    Postgres,
}
