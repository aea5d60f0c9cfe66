namespace Myelin.Interop.LongCsv;

/// <summary>
/// Splits unquoted lines and hands out one string per distinct field text. A long file repeats the same codes, ids,
/// values and instants millions of times; sharing them keeps a 100,000-participant file from allocating a string per
/// field. The pool is bounded and starts afresh when full.
/// </summary>
internal sealed class FieldPool
{
    private const int MaxEntries = 1 << 20;
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public FieldPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string[] Split(string line)
    {
        var span = line.AsSpan();
        var count = span.Count(',') + 1;
        var fields = new string[count];
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            var end = span[start..].IndexOf(',');
            var field = end < 0 ? span[start..] : span.Slice(start, end);
            fields[i] = Get(field);
            start += field.Length + 1;
        }
        return fields;
    }

    public string Get(ReadOnlySpan<char> field)
    {
        if (field.IsEmpty) return string.Empty;
        if (_lookup.TryGetValue(field, out var existing)) return existing;
        if (_strings.Count >= MaxEntries) _strings.Clear();
        var text = field.ToString();
        _strings.Add(text);
        return text;
    }
}
