using System.Text;

namespace Myelin.Interop.LongCsv;

/// <summary>
/// Splits RFC 4180 text into records of fields, keeping the line on which each record starts,
/// so that every error can name its line.
/// </summary>
internal static class CsvTokenizer
{
    /// <summary>One record: its fields and the 1-based line it starts on.</summary>
    internal readonly record struct Record(int Line, IReadOnlyList<string> Fields);

    /// <summary>Reads every record; a malformed quote is reported as an error, not guessed at.</summary>
    public static IEnumerable<Record> Read(TextReader reader, Action<int, string> onError)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1;
        bool inQuotes = false, fieldStarted = false, quotedField = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else { inQuotes = false; }
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when !fieldStarted:
                    inQuotes = true; fieldStarted = true; quotedField = true;
                    break;
                case '"':
                    onError(line, "a quote inside an unquoted field; quote the whole field and double the quote (\"\")");
                    field.Append(ch);
                    break;
                case ',':
                    fields.Add(field.ToString()); field.Clear(); fieldStarted = false; quotedField = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    if (!(fields.Count == 1 && fields[0].Length == 0 && !quotedField))
                        yield return new Record(recordLine, fields.ToArray());
                    fields.Clear(); fieldStarted = false; quotedField = false;
                    line++; recordLine = line;
                    break;
                default:
                    if (quotedField) onError(line, "text after a closing quote; a quoted field must end at a comma or the end of the line");
                    field.Append(ch); fieldStarted = true;
                    break;
            }
        }
        if (inQuotes) onError(recordLine, "a quoted field is not closed before the end of the file");
        if (fieldStarted || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return new Record(recordLine, fields.ToArray());
        }
    }

    /// <summary>Quotes a field only when it must be quoted.</summary>
    public static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
