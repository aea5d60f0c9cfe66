using System.Globalization;
using Myelin.Domain.Records;

namespace Myelin.Data.ChangeLog;

/// <summary>
/// Writes change-log rows as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break
/// quoted with doubled quotes; write it as UTF-8): one row per changed field with when (UTC), who, through what,
/// which record and field, the old and new value and the reason. An empty field is a null value.
/// </summary>
public static class HistoryCsv
{
    /// <summary>The header row's column names, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["sequence", "time_utc", "who", "via", "entity", "record", "field", "change", "old_value", "new_value", "reason"];

    /// <summary>Writes the header and one line per row; returns the number of rows written.</summary>
    public static async Task<int> WriteAsync(TextWriter writer, IEnumerable<ChangeLogEntry> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        await writer.WriteAsync(Line(Columns).AsMemory(), cancellationToken).ConfigureAwait(false);
        var count = 0;
        foreach (var r in rows)
        {
            string?[] fields =
            [
                r.Sequence.ToString(CultureInfo.InvariantCulture), Time(r.At), r.Actor, r.Via.ToString(), r.Entity, r.EntityKey, r.Field,
                r.Kind.ToString(), r.OldValue, r.NewValue, r.Reason,
            ];
            await writer.WriteAsync(Line(fields).AsMemory(), cancellationToken).ConfigureAwait(false);
            count++;
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>The instant as the CSV and the history page show it: <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>, always UTC.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    private static string Field(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value
        : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
