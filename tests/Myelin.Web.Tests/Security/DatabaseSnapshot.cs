using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Myelin.Web.Tests.Security;

/// <summary>
/// A fingerprint of every table of a SQLite file: its row count and a SHA-256 over every row's values, so that any
/// insert, update or delete shows. Left out: data-protection keys (written when a cookie is first protected) and the
/// sign-in bookkeeping of staff accounts (failed-login counts and lockout are meant to change on a refused login).
/// </summary>
internal static class DatabaseSnapshot
{
    private static readonly HashSet<string> SkippedTables = new(StringComparer.OrdinalIgnoreCase) { "DataProtectionKeys", "__EFMigrationsHistory" };

    private static readonly HashSet<string> SkippedColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "AccessFailedCount", "LockoutEnd", "ConcurrencyStamp", "SecurityStamp",
    };

    public static IReadOnlyDictionary<string, string> Take(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => !SkippedTables.Contains(t)))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\" ORDER BY rowid";
            using var reader = command.ExecuteReader();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var rows = 0;
            while (reader.Read())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (SkippedColumns.Contains(reader.GetName(i)))
                    {
                        continue;
                    }

                    hash.AppendData(Encoding.UTF8.GetBytes((reader.IsDBNull(i) ? "\u0001null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)) + "\u0000"));
                }
            }

            result[table] = $"{rows} rows {Convert.ToHexStringLower(hash.GetHashAndReset())[..16]}";
        }

        return result;
    }

    /// <summary>The tables whose fingerprint differs, with both fingerprints.</summary>
    public static List<string> Differences(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Select(t => $"{t}: {before.GetValueOrDefault(t) ?? "absent"} -> {after.GetValueOrDefault(t) ?? "absent"}")];
}
