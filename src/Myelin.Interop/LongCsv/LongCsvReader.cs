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
    private readonly string[] _last = new string[Columns];  // by field of the file, the previous plain row's strings
    private readonly string[] _recent = new string[Columns * RecentSlots];
    private readonly char[] _instant = new char[32];
    private int _instantLength = -1;
    private DateTimeOffset _lastInstant;
    private char[] _chars = new char[1024];
    private char[] _prev = new char[1024];
    private int _prevLength = -1;
    private readonly int[] _prevCommas = new int[Columns];
    private int[] _columnOf = [];
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
        _columnOf = new int[_width];
        for (int c = 0; c < Columns; c++)
        {
            if (_positions[c] >= 0) _columnOf[_positions[c]] = c;
        }

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
    /// Reads a line without quotes, of as many fields as the header, when nothing in it is wrong; false (and nothing
    /// recorded) otherwise, so that the format's own code reads it again and words each problem.
    /// </summary>
    private bool TryPlain(ReadOnlySpan<char> text, ReadOnlySpan<int> commas, int line, out LongRowValues row)
    {
        row = default;

        // Consecutive rows repeat the participant and visit at the start of the line and the instant and source at
        // its end: fields the previous plain row had with the same text were checked then and keep their strings.
        int same = 0, sameFrom = _width;
        if (_prevLength >= 0)
        {
            var prev = _prev.AsSpan(0, _prevLength);
            int prefix = text.CommonPrefixLength(prev);
            while (same < _width - 1 && commas[same] < prefix) same++;
            if (prefix == text.Length && text.Length == prev.Length) same = _width;
            int suffix = 0, most = Math.Min(text.Length, prev.Length);
            while (suffix < most && text[text.Length - 1 - suffix] == prev[prev.Length - 1 - suffix]) suffix++;
            while (sameFrom > same + 1 && text.Length - commas[sameFrom - 2] <= suffix) sameFrom--;
        }

        _prevLength = -1;
        int start = same == 0 ? 0 : commas[same - 1] + 1;
        for (int f = same; f < sameFrom; f++)
        {
            int end = f < _width - 1 ? commas[f] : text.Length;
            var value = text[start..end];
            start = end + 1;
            int column = _columnOf[f];
            if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))) return false;
            if (value.IsEmpty && LongCsvFormat.IsRequired(column)) return false;
            if (column == LongCsvFormat.SourceCol
                && !(value.IsEmpty || value.SequenceEqual("diary") || value.SequenceEqual("clinic") || value.SequenceEqual("import")))
            {
                return false;
            }

            if (column == LongCsvFormat.RecordedAtCol && !Instant(value)) return false;
            Text(f, value);
        }

        if (_prev.Length < text.Length) _prev = new char[Math.Max(text.Length, _prev.Length * 2)];
        text.CopyTo(_prev);
        commas[..(_width - 1)].CopyTo(_prevCommas);
        _prevLength = text.Length;
        row = new LongRowValues(
            Field(LongCsvFormat.ParticipantCol), Field(LongCsvFormat.SiteCol), Field(LongCsvFormat.ArmCol), Field(LongCsvFormat.StratumCol),
            Field(LongCsvFormat.EventCol), Field(LongCsvFormat.InstrumentCol), Field(LongCsvFormat.ItemCol), Field(LongCsvFormat.ValueCol),
            Field(LongCsvFormat.UnitCol), _lastInstant, Field(LongCsvFormat.EnteredByCol), Field(LongCsvFormat.SourceCol), line);
        return true;
    }

    /// <summary>Parses an instant of the written form; rows of one visit share it, so it is parsed only when it changes.</summary>
    private bool Instant(ReadOnlySpan<char> text)
    {
        if (_instantLength >= 0 && text.SequenceEqual(_instant.AsSpan(0, _instantLength))) return true;
        if (text.Length > _instant.Length || !LongCsvFormat.TryParseWrittenForm(text, out var at)) return false;
        text.CopyTo(_instant);
        _instantLength = text.Length;
        _lastInstant = at;
        return true;
    }

    /// <summary>The text of a column of the row just read; empty when the file does not have the column.</summary>
    private string Field(int column) => _positions[column] is >= 0 and var f ? _last[f] : string.Empty;

    /// <summary>
    /// Keeps the string of field <paramref name="field"/>: the previous row's when it is the same text, else one of
    /// the field's recent texts (items and values take a few values in turn), else one from the pool.
    /// </summary>
    private void Text(int field, ReadOnlySpan<char> value)
    {
        if (value.SequenceEqual(_last[field])) return;
        if (value.IsEmpty)
        {
            _last[field] = string.Empty;
            return;
        }

        uint hash = (uint)value.Length;
        foreach (char c in value) hash = (hash * 31) + c;
        int slot = (field * RecentSlots) + (int)((hash * 2654435769u) >> 26);
        if (!value.SequenceEqual(_recent[slot])) _recent[slot] = _pool.Get(value);
        _last[field] = _recent[slot];
    }
}
