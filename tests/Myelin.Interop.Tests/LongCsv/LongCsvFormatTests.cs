using Myelin.Interop.LongCsv;

namespace Myelin.Interop.Tests.LongCsv;

public class LongCsvFormatTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 5, 9, 30, 0, TimeSpan.Zero);

    private static LongRow Row(string participant = "P001", string value = "7", string item = "tingling") =>
        new(participant, "mumbai", "mk7", "severe", "diary-w0", "symptoms", item, value, "", At, "clinic:asha", "clinic");

    private static LongCsvReadResult ReadText(string text) => LongCsvFormat.Read(new StringReader(text), "data.csv");

    private static string WriteText(IEnumerable<LongRow> rows)
    {
        var w = new StringWriter();
        LongCsvFormat.Write(w, rows);
        return w.ToString();
    }

    [Fact]
    public void Written_rows_read_back_identical_including_quotes_commas_and_line_breaks()
    {
        var rows = new[]
        {
            Row(),
            Row("P002", "Felt \"better\", then worse\non day 3", "note"),
            Row("P003", "1.5") with { Unit = "mg/dL", Source = "import", EnteredBy = "" },
        };
        var text = WriteText(rows);

        var read = ReadText(text);

        Assert.True(read.IsValid, string.Join("\n", read.Errors));
        Assert.Equal(rows, read.Rows.Select(r => r with { Line = 0 }));
        Assert.Equal(text, WriteText(read.Rows));
    }

    [Fact]
    public void Line_numbers_count_physical_lines_so_errors_point_at_the_right_row()
    {
        var text = WriteText([Row("P002", "a\nb", "note"), Row()]);
        var read = ReadText(text);
        Assert.Equal([2, 4], read.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Unknown_and_missing_columns_are_named_in_the_header_error()
    {
        var read = ReadText("participant,event,item,score,recorded_at\n");
        Assert.Contains(read.Errors, e => e.Line == 1 && e.Column == "score" && e.Message.Contains("allowed columns", StringComparison.Ordinal));
        Assert.Contains(read.Errors, e => e.Column == "instrument" && e.Message.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(read.Errors, e => e.Column == "value");
    }

    [Fact]
    public void An_instant_without_a_zone_is_refused_with_an_example()
    {
        var read = ReadText("participant,event,instrument,item,value,recorded_at\nP1,w0,symptoms,tingling,7,2026-01-05T09:30:00\n");
        var error = Assert.Single(read.Errors);
        Assert.Equal(2, error.Line);
        Assert.Equal("recorded_at", error.Column);
        Assert.Contains("2026-01-05T09:30:00Z", error.Message, StringComparison.Ordinal);
        Assert.Empty(read.Rows);
    }

    [Fact]
    public void Instants_with_an_offset_are_stored_as_the_same_instant_in_utc()
    {
        var read = ReadText("participant,event,instrument,item,value,recorded_at\nP1,w0,symptoms,tingling,7,2026-01-05T15:00:00+05:30\n");
        var row = Assert.Single(read.Rows);
        Assert.Equal(TimeSpan.Zero, row.RecordedAt.Offset);
        Assert.Equal(At, row.RecordedAt);
    }

    [Fact]
    public void An_empty_value_is_an_error_and_never_a_default()
    {
        var read = ReadText("participant,event,instrument,item,value,recorded_at\nP1,w0,symptoms,tingling,,2026-01-05T09:30:00Z\n");
        var error = Assert.Single(read.Errors);
        Assert.Equal("value", error.Column);
        Assert.Contains("not answered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_too_few_fields_and_an_unknown_source_are_reported_with_their_lines()
    {
        var read = ReadText("participant,event,instrument,item,value,recorded_at,source\nP1,w0,symptoms\nP1,w0,symptoms,tingling,7,2026-01-05T09:30:00Z,fax\n");
        Assert.Equal(2, read.Errors.Count);
        Assert.Equal(2, read.Errors[0].Line);
        Assert.Equal(3, read.Errors[1].Line);
        Assert.Equal("source", read.Errors[1].Column);
        Assert.Contains("diary, clinic, import", read.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_not_guessed()
    {
        var read = ReadText("participant,event,instrument,item,value,recorded_at\nP1,w0,symptoms,note,\"open,2026-01-05T09:30:00Z\n");
        Assert.Contains(read.Errors, e => e.Line == 2 && e.Message.Contains("not closed", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_file_asks_for_the_header()
    {
        var error = Assert.Single(ReadText("").Errors);
        Assert.Contains("participant,site,arm", error.Message, StringComparison.Ordinal);
    }
}
