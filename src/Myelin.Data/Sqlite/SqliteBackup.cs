using Microsoft.Data.Sqlite;

namespace Myelin.Data.Sqlite;

/// <summary>
/// Consistent copies of a live SQLite database through SQLite's online backup API (sqlite3_backup, one step): the copy
/// is the database as of one committed transaction, taken while other connections go on writing (WAL readers do not
/// block the writer). Used by <c>myelin backup</c> and <c>myelin restore</c>.
/// </summary>
public static class SqliteBackup
{
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();

    /// <summary>
    /// Copies <paramref name="sourcePath"/> into <paramref name="destinationPath"/> (created, or overwritten page by page
    /// under the destination's own lock, so a database that others have open is replaced safely). The copy keeps the
    /// source's journal mode (WAL for Myelin databases); once its connection closes it is one self-contained file.
    /// A writer holding the lock at the moment of the copy is waited for (up to about 30 s).
    /// </summary>
    /// <param name="sourcePath">The database to copy.</param>
    /// <param name="destinationPath">The file to write.</param>
    public static void Copy(string sourcePath, string destinationPath)
    {
        using var source = Open(sourcePath, SqliteOpenMode.ReadWrite);
        using var destination = Open(destinationPath, SqliteOpenMode.ReadWriteCreate);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                source.BackupDatabase(destination);
                return;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6 && attempt < 300)
            {
                // SQLITE_BUSY / SQLITE_LOCKED: a writer is committing or checkpointing; the step is retried whole.
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>True when the file starts with the SQLite 3 header.</summary>
    public static bool IsSqliteFile(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> start = stackalloc byte[16];
        return stream.ReadAtLeast(start, 16, throwOnEndOfStream: false) == 16 && start.SequenceEqual(Header);
    }

    /// <summary>SQLite's own check of the file's structure: "ok", or the problems it found.</summary>
    public static string IntegrityCheck(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadWrite);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("; ", lines);
    }

    /// <summary>True when the database has the tables of a Myelin database (the migrations history and the change log).</summary>
    public static bool HasMyelinTables(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadWrite);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('__EFMigrationsHistory', 'ChangeLog', 'Participants');";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 3;
    }

    // Unpooled, so that the file is closed when the copy ends.
    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout=5000;";
        command.ExecuteNonQuery();
        return connection;
    }
}
