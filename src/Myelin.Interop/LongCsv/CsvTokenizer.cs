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

    /// <summary>The text of one record (its lines joined by LF when a quoted field holds line breaks).</summary>
    internal readonly record struct RecordText(int Line, string Text, bool Unclosed);

    /// <summary>
    /// Reads the text of each record. A line with an odd number of quotes opens a quoted field that goes on in the
    /// following lines, so they are joined until the quotes balance; blank lines are skipped.
    /// </summary>
    public static IEnumerable<RecordText> ReadTexts(TextReader reader)
    {
        var line = 0;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (text.Length == 0) continue;
            var start = line;
            var quotes = text.AsSpan().Count('"');
            if (quotes % 2 == 0)
            {
                yield return new RecordText(start, text, false);
                continue;
            }
            var joined = new StringBuilder(text);
            string? next;
            while (quotes % 2 == 1 && (next = reader.ReadLine()) is not null)
            {
                line++;
                joined.Append('\n').Append(next);
                quotes += next.AsSpan().Count('"');
            }
            yield return new RecordText(start, joined.ToString(), quotes % 2 == 1);
        }
    }

    /// <summary>Reads every record; a malformed quote is reported as an error, not guessed at.</summary>
    public static IEnumerable<Record> Read(TextReader reader, Action<int, string> onError)
    {
        var pool = new FieldPool();
        foreach (var text in ReadTexts(reader)) yield return Parse(text, pool, onError);
    }

    /// <summary>
    /// Splits one record. Text without a quote (nearly all of a long file) is split directly; a quoted record goes
    /// through the RFC 4180 state machine.
    /// </summary>
    public static Record Parse(RecordText record, FieldPool pool, Action<int, string> onError)
    {
        var text = record.Text;
        if (!text.Contains('"', StringComparison.Ordinal)) return new Record(record.Line, pool.Split(text));
        var line = record.Line;
        var fields = new List<string>();
        var field = new StringBuilder();
        bool inQuotes = false, fieldStarted = false, quotedField = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\n') line++;
            if (inQuotes)
            {
                if (ch != '"') field.Append(ch);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else inQuotes = false;
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
                default:
                    if (quotedField) onError(line, "text after a closing quote; a quoted field must end at a comma or the end of the line");
                    field.Append(ch); fieldStarted = true;
                    break;
            }
        }
        if (record.Unclosed) onError(record.Line, "a quoted field is not closed before the end of the file");
        fields.Add(field.ToString());
        return new Record(record.Line, fields.ToArray());
    }

    /// <summary>Quotes a field only when it must be quoted.</summary>
    public static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
