using System.Globalization;
using System.Text;

namespace Myelin.Cli.Stats;

/// <summary>Reads named columns of a CSV file (RFC 4180 quoting, header row) for <c>myelin stats --data</c>.</summary>
internal sealed class StatsCsv
{
    private readonly string path;
    private readonly List<string> header;
    private readonly List<List<string>> rows;

    private StatsCsv(string path, List<string> header, List<List<string>> rows)
    {
        this.path = path;
        this.header = header;
        this.rows = rows;
    }

    public static StatsCsv Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"--data: the file '{path}' does not exist");
        }

        var records = Parse(File.ReadAllText(path), path);
        if (records.Count == 0)
        {
            throw new UsageException($"--data: '{path}' is empty; it needs a header row naming the columns");
        }

        return new StatsCsv(path, records[0], records.Skip(1).Where(r => !(r.Count == 1 && r[0].Length == 0)).ToList());
    }

    public string[] Labels(string option, string column)
    {
        int c = IndexOf(option, column);
        return rows.Select((r, i) => c < r.Count ? r[c] : throw Short(i, column)).ToArray();
    }

    /// <summary>A numeric column; empty, NA and NaN cells are R's NA, Inf and -Inf are infinite.</summary>
    public object[] Numbers(string option, string column)
    {
        string[] cells = Labels(option, column);
        var r = new object[cells.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            string s = cells[i].Trim();
            if (s is "" or "NA" or "NaN")
            {
                r[i] = "NA";
            }
            else if (s is "Inf" or "-Inf")
            {
                r[i] = s;
            }
            else if (double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                         CultureInfo.InvariantCulture, out double d))
            {
                r[i] = d;
            }
            else
            {
                throw new UsageException($"{option}: '{path}' line {i + 2}, column '{column}': '{s}' is not a number");
            }
        }

        return r;
    }

    private int IndexOf(string option, string column)
    {
        int c = header.IndexOf(column);
        return c >= 0 ? c
            : throw new UsageException($"{option}: '{path}' has no column '{column}'; its columns are {string.Join(", ", header)}");
    }

    private UsageException Short(int row, string column)
        => new($"--data: '{path}' line {row + 2} has no value for column '{column}'");

    private static List<List<string>> Parse(string text, string path)
    {
        var records = new List<List<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        int line = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (quoted)
            {
                if (ch == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add(fields);
                    fields = [];
                    line++;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (quoted)
        {
            throw new UsageException($"--data: '{path}' line {line}: a quoted field is not closed");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(fields);
        }

        return records;
    }
}
