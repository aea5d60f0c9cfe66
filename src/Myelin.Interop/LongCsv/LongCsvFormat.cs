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
    /// Problems are added to <paramref name="errors"/> in file order as the reading reaches them; rows with problems
    /// are not yielded.
    /// </summary>
    public static IEnumerable<LongRow> Enumerate(TextReader reader, string fileName, List<LongCsvError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(errors);
        using var texts = CsvTokenizer.ReadTexts(reader).GetEnumerator();
        if (!texts.MoveNext())
        {
            errors.Add(new(fileName, 1, "", "the file is empty; expected a header: " + string.Join(',', Columns)));
            yield break;
        }
        var header = CsvTokenizer.Parse(texts.Current, new FieldPool(), (line, message) => errors.Add(new(fileName, line, "", message)));
        var index = ReadHeader(header, fileName, errors);
        if (index is null) yield break;
        var positions = Positions(index);
        var width = index.Count;

        var pool = new FieldPool();
        while (texts.MoveNext())
        {
            var record = CsvTokenizer.Parse(texts.Current, pool, (line, message) => errors.Add(new(fileName, line, "", message)));
            var row = ReadRow(record, positions, width, fileName, errors);
            if (row is not null) yield return row;
        }
    }

    internal static Dictionary<string, int>? ReadHeader(CsvTokenizer.Record header, string file, List<LongCsvError> errors)
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

    /// <summary>The position of each of <see cref="Columns"/> in the file's header, −1 where it is absent.</summary>
    internal static int[] Positions(Dictionary<string, int> index) =>
        Columns.Select(c => index.TryGetValue(c, out var i) ? i : -1).ToArray();

    internal const int ParticipantCol = 0, SiteCol = 1, ArmCol = 2, StratumCol = 3, EventCol = 4, InstrumentCol = 5, ItemCol = 6,
        ValueCol = 7, UnitCol = 8, RecordedAtCol = 9, EnteredByCol = 10, SourceCol = 11;

    /// <summary>True for the columns that may not be empty (<see cref="RequiredColumns"/>).</summary>
    internal static bool IsRequired(int column) =>
        column is ParticipantCol or EventCol or InstrumentCol or ItemCol or ValueCol or RecordedAtCol;

    internal static LongRow? ReadRow(CsvTokenizer.Record record, int[] positions, int width, string file, List<LongCsvError> errors)
    {
        var before = errors.Count;
        if (record.Fields.Count != width)
        {
            errors.Add(new(file, record.Line, "", $"the row has {record.Fields.Count} fields; the header has {width}"));
            return null;
        }
        string Get(int column)
        {
            var i = positions[column];
            if (i < 0) return "";
            var value = record.Fields[i];
            if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
                errors.Add(new(file, record.Line, Columns[column], "leading or trailing spaces are not allowed"));
            return value;
        }
        string Required(int column)
        {
            var value = Get(column);
            if (value.Length == 0)
                errors.Add(new(file, record.Line, Columns[column], column == ValueCol
                    ? "the value is empty; leave the row out when the item was not answered"
                    : "is required and empty"));
            return value;
        }

        var participant = Required(ParticipantCol);
        var site = Get(SiteCol);
        var arm = Get(ArmCol);
        var stratum = Get(StratumCol);
        var evt = Required(EventCol);
        var instrument = Required(InstrumentCol);
        var item = Required(ItemCol);
        var value = Required(ValueCol);
        var unit = Get(UnitCol);
        var recordedText = Required(RecordedAtCol);
        var enteredBy = Get(EnteredByCol);
        var source = Get(SourceCol);
        var recordedAt = default(DateTimeOffset);
        if (recordedText.Length > 0 && !TryParseInstant(recordedText, out recordedAt))
            errors.Add(new(file, record.Line, "recorded_at",
                $"'{recordedText}' is not an ISO 8601 instant with a zone, e.g. 2026-01-05T09:30:00Z"));
        if (source.Length > 0 && source is not ("diary" or "clinic" or "import"))
            errors.Add(new(file, record.Line, "source", $"'{source}' is not allowed; allowed: {string.Join(", ", AllowedSources)}"));
        if (errors.Count > before) return null;
        return new LongRow(participant, site, arm, stratum, evt, instrument, item, value, unit,
            recordedAt, enteredBy, source, record.Line);
    }

    /// <summary>Where a value came from.</summary>
    public static readonly IReadOnlyList<string> AllowedSources = ["diary", "clinic", "import"];

    internal static bool TryParseWrittenForm(ReadOnlySpan<char> t, out DateTimeOffset at)
    {
        at = default;
        if (t.Length != 20 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != 'Z') return false;
        static int Digits(ReadOnlySpan<char> s, int from, int count)
        {
            var v = 0;
            for (var i = from; i < from + count; i++)
            {
                var d = s[i] - '0';
                if ((uint)d > 9) return -1;
                v = v * 10 + d;
            }
            return v;
        }
        int year = Digits(t, 0, 4), month = Digits(t, 5, 2), day = Digits(t, 8, 2);
        int hour = Digits(t, 11, 2), minute = Digits(t, 14, 2), second = Digits(t, 17, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59) return false;
        at = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    private static bool TryParseInstant(string text, out DateTimeOffset at)
    {
        // A zone is required: an instant without one cannot be placed in UTC without guessing.
        // The form this format writes (yyyy-MM-ddTHH:mm:ssZ) is read digit by digit; anything else with a zone goes
        // through the general parser.
        if (TryParseWrittenForm(text, out at)) return true;
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
