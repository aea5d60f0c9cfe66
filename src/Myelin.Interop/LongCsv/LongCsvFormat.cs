using System.Globalization;
using System.Text;

namespace Myelin.Interop.LongCsv;

/// <summary>
/// The long CSV format (docs/data-formats.md): a header, then one row per value.
/// Writing then reading gives back the same rows, and reading then writing gives back the same bytes
/// for a file that this class wrote.
/// </summary>
public static class LongCsvFormat
{
    /// <summary>The columns, in the order they are written.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["participant", "site", "arm", "stratum", "event", "instrument", "item", "value", "unit", "recorded_at", "entered_by", "source"];

    /// <summary>The columns a file must have; the others may be left out.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns =
        ["participant", "event", "instrument", "item", "value", "recorded_at"];

    /// <summary>Writes the header and the rows, with LF line ends and instants as ISO 8601 UTC.</summary>
    /// <returns>The number of rows written.</returns>
    public static int Write(TextWriter writer, IEnumerable<LongRow> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        writer.Write(string.Join(',', Columns));
        writer.Write('\n');
        var line = new StringBuilder();
        var count = 0;
        foreach (var r in rows)
        {
            count++;
            line.Clear();
            string[] fields =
            [
                r.Participant, r.Site, r.Arm, r.Stratum, r.Event, r.Instrument, r.Item, r.Value, r.Unit,
                FormatInstant(r.RecordedAt), r.EnteredBy, r.Source,
            ];
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0) line.Append(',');
                line.Append(CsvTokenizer.Escape(fields[i]));
            }
            writer.Write(line);
            writer.Write('\n');
        }
        return count;
    }

    /// <summary>Formats an instant the one way the format allows: UTC, seconds, a trailing Z.</summary>
    public static string FormatInstant(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a whole file. Every problem is reported with its line and column; rows with problems are left out
    /// of <see cref="LongCsvReadResult.Rows"/>, so a caller that must not write partial data checks
    /// <see cref="LongCsvReadResult.IsValid"/> first.
    /// </summary>
    public static LongCsvReadResult Read(TextReader reader, string fileName)
    {
        var errors = new List<LongCsvError>();
        var rows = Enumerate(reader, fileName, errors).ToList();
        return new LongCsvReadResult(rows, errors);
    }

    /// <summary>
    /// Reads the rows one at a time, for files too large to hold as rows (an analysis of 100,000 participants).
    /// Problems are added to <paramref name="errors"/> as the reading reaches them; rows with problems are not yielded.
    /// </summary>
    public static IEnumerable<LongRow> Enumerate(TextReader reader, string fileName, List<LongCsvError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(errors);
        Dictionary<string, int>? index = null;
        var headerSeen = false;
        foreach (var record in CsvTokenizer.Read(reader, (line, message) => errors.Add(new(fileName, line, "", message))))
        {
            if (!headerSeen)
            {
                headerSeen = true;
                index = ReadHeader(record, fileName, errors);
                if (index is null) yield break;
                continue;
            }
            var row = ReadRow(record, index!, fileName, errors);
            if (row is not null) yield return row;
        }
        if (!headerSeen)
            errors.Add(new(fileName, 1, "", "the file is empty; expected a header: " + string.Join(',', Columns)));
    }

    private static Dictionary<string, int>? ReadHeader(CsvTokenizer.Record header, string file, List<LongCsvError> errors)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().TrimStart('\uFEFF');
            if (!Columns.Contains(name))
                errors.Add(new(file, header.Line, name, $"unknown column; allowed columns are {string.Join(", ", Columns)}"));
            else if (!index.TryAdd(name, i))
                errors.Add(new(file, header.Line, name, "the column appears twice"));
        }
        foreach (var required in RequiredColumns.Where(c => !index.ContainsKey(c)))
            errors.Add(new(file, header.Line, required, "required column is missing from the header"));
        return errors.Count == 0 ? index : null;
    }

    private static LongRow? ReadRow(CsvTokenizer.Record record, Dictionary<string, int> index, string file, List<LongCsvError> errors)
    {
        var before = errors.Count;
        if (record.Fields.Count != index.Count)
        {
            errors.Add(new(file, record.Line, "", $"the row has {record.Fields.Count} fields; the header has {index.Count}"));
            return null;
        }
        string Get(string column)
        {
            if (!index.TryGetValue(column, out var i)) return "";
            var value = record.Fields[i];
            if (value.Length != value.Trim().Length)
                errors.Add(new(file, record.Line, column, "leading or trailing spaces are not allowed"));
            return value;
        }
        string Required(string column)
        {
            var value = Get(column);
            if (value.Length == 0)
                errors.Add(new(file, record.Line, column, column == "value"
                    ? "the value is empty; leave the row out when the item was not answered"
                    : "is required and empty"));
            return value;
        }

        var participant = Required("participant");
        var site = Get("site");
        var arm = Get("arm");
        var stratum = Get("stratum");
        var evt = Required("event");
        var instrument = Required("instrument");
        var item = Required("item");
        var value = Required("value");
        var unit = Get("unit");
        var recordedText = Required("recorded_at");
        var enteredBy = Get("entered_by");
        var source = Get("source");
        var recordedAt = default(DateTimeOffset);
        if (recordedText.Length > 0 && !TryParseInstant(recordedText, out recordedAt))
            errors.Add(new(file, record.Line, "recorded_at",
                $"'{recordedText}' is not an ISO 8601 instant with a zone, e.g. 2026-01-05T09:30:00Z"));
        if (source.Length > 0 && !AllowedSources.Contains(source))
            errors.Add(new(file, record.Line, "source", $"'{source}' is not allowed; allowed: {string.Join(", ", AllowedSources)}"));
        if (errors.Count > before) return null;
        return new LongRow(participant, site, arm, stratum, evt, instrument, item, value, unit,
            recordedAt, enteredBy, source, record.Line);
    }

    /// <summary>Where a value came from.</summary>
    public static readonly IReadOnlyList<string> AllowedSources = ["diary", "clinic", "import"];

    private static bool TryParseInstant(string text, out DateTimeOffset at)
    {
        // A zone is required: an instant without one cannot be placed in UTC without guessing.
        var hasZone = text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal) && text.Contains('T', StringComparison.Ordinal);
        if (hasZone && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            at = at.ToUniversalTime();
            return true;
        }
        at = default;
        return false;
    }
}
