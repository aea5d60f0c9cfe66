using System.Text;

namespace Myelin.Interop.LongCsv;

/// <summary>
/// Reads a long CSV file from its UTF-8 bytes one row at a time, for files of millions of rows (an analysis of
/// 100,000 participants). It accepts, refuses and words problems exactly as <see cref="LongCsvFormat.Enumerate"/>
/// does, but a plain row (no quote, no problem) is split and checked on a reused buffer, and its texts are shared
/// with the rows before it instead of being allocated, so that the reading costs no string per field. Any row that
/// is not plain goes through <see cref="LongCsvFormat.Enumerate"/>'s own code.
/// </summary>
public sealed class LongCsvReader
{
    private const int Columns = 12;
    private const int RecentSlots = 64;
    private readonly Utf8LineReader _lines;
    private readonly string _file;
    private readonly List<LongCsvError> _errors;
    private readonly Action<int, string> _onError;
    private readonly FieldPool _pool = new();
    private readonly string[] _last = new string[Columns];
    private readonly string[] _recent = new string[Columns * RecentSlots];
    private readonly char[] _instant = new char[32];
    private int _instantLength = -1;
    private DateTimeOffset _lastInstant;
    private char[] _chars = new char[1024];
    private int[] _positions = [];
    private int _width;
    private bool _started;
    private bool _done;
    private IEnumerator<LongRow>? _decoded;

    /// <summary>Reads from <paramref name="utf8"/>; problems are added to <paramref name="errors"/> in file order.</summary>
    /// <param name="utf8">The file's bytes: UTF-8, with or without a byte-order mark (a UTF-16 or UTF-32 mark is honoured too).</param>
    /// <param name="fileName">The file name as the user gave it, for the problems.</param>
    /// <param name="errors">Where problems go; rows with problems are not returned.</param>
    public LongCsvReader(Stream utf8, string fileName, List<LongCsvError> errors)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(errors);
        _lines = new Utf8LineReader(utf8);
        _file = fileName;
        _errors = errors;
        _onError = (line, message) => errors.Add(new(fileName, line, "", message));
        Array.Fill(_last, string.Empty);
        Array.Fill(_recent, string.Empty);
    }

    /// <summary>Reads the next row without a problem; false at the end of the file (or after a bad header).</summary>
    public bool TryRead(out LongRowValues row)
    {
        row = default;
        if (!_started)
        {
            _started = true;
            _done = !Start();
        }

        if (_done) return false;
        if (_decoded is not null)
        {
            if (_decoded.MoveNext())
            {
                row = LongRowValues.From(_decoded.Current);
                return true;
            }

            _done = true;
            return false;
        }

        Span<int> commas = stackalloc int[Columns];
        while (_lines.Next(out var bytes))
        {
            if (bytes.IsEmpty) continue;
            int line = _lines.Line;
            var chars = Decode(bytes);
            int count = LineSplitter.Commas(chars, commas);
            if (count == LineSplitter.Quoted)
            {
                if (Checked(Record(line, chars), out row)) return true;
            }
            else if ((count + 1 == _width && TryPlain(chars, commas, line, out row))
                || Checked(new CsvTokenizer.RecordText(line, new string(chars), false), out row))
            {
                return true;
            }
        }

        _done = true;
        return false;
    }

    /// <summary>Reads the header; false when the file has none or it is wrong (the problems are in the errors).</summary>
    private bool Start()
    {
        var head = _lines.Preamble();
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || head.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            // Not UTF-8: the text reader decodes it as it always has.
            var reader = new StreamReader(_lines.Remainder(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            _decoded = LongCsvFormat.Enumerate(reader, _file, _errors).GetEnumerator();
            return true;
        }

        CsvTokenizer.RecordText? header = null;
        while (header is null && _lines.Next(out var bytes))
        {
            if (!bytes.IsEmpty) header = Record(_lines.Line, Decode(bytes));
        }

        if (header is null)
        {
            _errors.Add(new(_file, 1, "", "the file is empty; expected a header: " + string.Join(',', LongCsvFormat.Columns)));
            return false;
        }

        var index = LongCsvFormat.ReadHeader(CsvTokenizer.Parse(header.Value, new FieldPool(), _onError), _file, _errors);
        if (index is null) return false;
        _positions = LongCsvFormat.Positions(index);
        _width = index.Count;
        return true;
    }

    /// <summary>Decodes a line into the reused buffer, as the text reader would (invalid bytes become U+FFFD).</summary>
    private ReadOnlySpan<char> Decode(ReadOnlySpan<byte> bytes)
    {
        if (_chars.Length < bytes.Length) _chars = new char[Math.Max(bytes.Length, _chars.Length * 2)];
        return _chars.AsSpan(0, Encoding.UTF8.GetChars(bytes, _chars));
    }

    /// <summary>The text of the record starting with <paramref name="first"/>, joining lines while a quoted field is open.</summary>
    private CsvTokenizer.RecordText Record(int start, ReadOnlySpan<char> first)
    {
        string text = new(first);
        int quotes = first.Count('"');
        if (quotes % 2 == 0) return new(start, text, false);
        var joined = new StringBuilder(text);
        while (quotes % 2 == 1 && _lines.Next(out var bytes))
        {
            var next = Decode(bytes);
            joined.Append('\n').Append(next);
            quotes += next.Count('"');
        }

        return new(start, joined.ToString(), quotes % 2 == 1);
    }

    /// <summary>A record read and checked by the format's own code.</summary>
    private bool Checked(CsvTokenizer.RecordText text, out LongRowValues row)
    {
        var record = CsvTokenizer.Parse(text, _pool, _onError);
        var read = LongCsvFormat.ReadRow(record, _positions, _width, _file, _errors);
        row = read is null ? default : LongRowValues.From(read);
        return read is not null;
    }

    /// <summary>
    /// Reads a line without quotes, of as many fields as the header, when nothing in it is wrong; false (and nothing recorded) otherwise, so that the
    /// format's own code reads it again and words each problem.
    /// </summary>
    private bool TryPlain(ReadOnlySpan<char> text, ReadOnlySpan<int> commas, int line, out LongRowValues row)
    {
        row = default;
        Span<Range> fields = stackalloc Range[Columns];
        int start = 0;
        for (int f = 0; f < _width; f++)
        {
            int end = f < _width - 1 ? commas[f] : text.Length;
            fields[f] = start..end;
            start = end + 1;
        }

        Span<Range> columns = stackalloc Range[Columns];
        for (int c = 0; c < Columns; c++)
        {
            int i = _positions[c];
            columns[c] = i < 0 ? default : fields[i];
            var value = text[columns[c]];
            if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))) return false;
            if (value.IsEmpty && LongCsvFormat.IsRequired(c)) return false;
        }

        var source = text[columns[LongCsvFormat.SourceCol]];
        if (!(source.IsEmpty || source.SequenceEqual("diary") || source.SequenceEqual("clinic") || source.SequenceEqual("import"))) return false;
        // Rows of one visit share their instant: parse it only when it changes.
        var instant = text[columns[LongCsvFormat.RecordedAtCol]];
        if (_instantLength < 0 || !instant.SequenceEqual(_instant.AsSpan(0, _instantLength)))
        {
            if (instant.Length > _instant.Length || !LongCsvFormat.TryParseWrittenForm(instant, out var at)) return false;
            instant.CopyTo(_instant);
            _instantLength = instant.Length;
            _lastInstant = at;
        }

        row = new LongRowValues(
            Text(LongCsvFormat.ParticipantCol, text[columns[LongCsvFormat.ParticipantCol]]),
            Text(LongCsvFormat.SiteCol, text[columns[LongCsvFormat.SiteCol]]),
            Text(LongCsvFormat.ArmCol, text[columns[LongCsvFormat.ArmCol]]),
            Text(LongCsvFormat.StratumCol, text[columns[LongCsvFormat.StratumCol]]),
            Text(LongCsvFormat.EventCol, text[columns[LongCsvFormat.EventCol]]),
            Text(LongCsvFormat.InstrumentCol, text[columns[LongCsvFormat.InstrumentCol]]),
            Text(LongCsvFormat.ItemCol, text[columns[LongCsvFormat.ItemCol]]),
            Text(LongCsvFormat.ValueCol, text[columns[LongCsvFormat.ValueCol]]),
            Text(LongCsvFormat.UnitCol, text[columns[LongCsvFormat.UnitCol]]),
            _lastInstant,
            Text(LongCsvFormat.EnteredByCol, text[columns[LongCsvFormat.EnteredByCol]]),
            Text(LongCsvFormat.SourceCol, source),
            line);
        return true;
    }

    /// <summary>
    /// The string for a field: the previous row's when it is the same text (the usual case), else one of the column's
    /// recent texts (items and values take a few values in turn), else one from the pool.
    /// </summary>
    private string Text(int column, ReadOnlySpan<char> value)
    {
        if (value.SequenceEqual(_last[column])) return _last[column];
        if (value.IsEmpty) return _last[column] = string.Empty;
        uint hash = (uint)value.Length;
        foreach (char c in value) hash = (hash * 31) + c;
        int slot = (column * RecentSlots) + (int)((hash * 2654435769u) >> 26);
        if (!value.SequenceEqual(_recent[slot])) _recent[slot] = _pool.Get(value);
        return _last[column] = _recent[slot];
    }
}
