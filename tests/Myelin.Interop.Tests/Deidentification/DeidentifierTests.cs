using Myelin.Interop.Deidentification;
using Myelin.Interop.LongCsv;

namespace Myelin.Interop.Tests.Deidentification;

public sealed class DeidentifierTests
{
    private static readonly DateTimeOffset Baseline = new(2026, 3, 2, 9, 15, 0, TimeSpan.Zero);

    private static DeidentificationSecret Secret(byte fill) => DeidentificationSecret.FromBytes(Enumerable.Repeat(fill, DeidentificationSecret.Bytes).ToArray());

    private static LongRow Row(string code, string item, string value, int day, string enteredBy = "nurse@site.example", string source = "clinic") =>
        new(code, "mumbai", "mk7", "diabetes", "week-" + day, "vas", item, value, "", Baseline.AddDays(day).AddHours(day % 5), enteredBy, source);

    private static List<LongRow> Study() =>
    [
        Row("MUM-001", "tingling", "6.5", 0),
        Row("MUM-001", "tingling", "4.0", 28, EnteredByDiary("MUM-001"), "diary"),
        Row("MUM-001", "onset", "2025-11-20", 0),
        Row("MUM-001", "note", "Mrs Patel says her son drove her", 0),
        Row("MUM-002", "tingling", "7.0", 0, "import:site-upload.csv", "import"),
        Row("MUM-002", "tingling", "5.5", 56),
        Row("MUM-002", "seen_at", "2026-04-27T10:00:00Z", 56),
    ];

    private static string EnteredByDiary(string code) => "diary:" + code;

    private static readonly DeidentificationOptions Options = new() { IsFreeText = r => r.Item == "note" };

    [Fact]
    public void No_code_user_name_or_original_date_remains()
    {
        var rows = Deidentifier.Apply(Study(), Secret(7), Options);
        using var text = new StringWriter();
        LongCsvFormat.Write(text, rows);
        var csv = text.ToString();

        foreach (var identifying in new[] { "MUM-001", "MUM-002", "nurse@site.example", "site-upload.csv", "Patel", "2025-11-20", "2026-04-27", "2026-03-02" })
        {
            Assert.DoesNotContain(identifying, csv, StringComparison.Ordinal);
        }

        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Matches("^P-[0-9a-f]{12}$", r.Participant));
        Assert.Equal(new[] { "participant", "staff", "import" }.Order(), rows.Select(r => r.EnteredBy).Distinct().Order());
    }

    [Fact]
    public void Intervals_within_a_participant_are_kept_to_the_second()
    {
        var original = Study().Where(r => r.Item != "note").ToList();
        var rows = Deidentifier.Apply(original, Secret(9), Options);
        foreach (var group in rows.GroupBy(r => r.Participant))
        {
            var shifted = group.ToList();
            var code = original.First(r => Deidentifier.Apply([r], Secret(9), Options)[0].Participant == group.Key).Participant;
            var before = original.Where(r => r.Participant == code).ToList();
            Assert.Equal(before.Count, shifted.Count);
            var shift = shifted[0].RecordedAt - before[0].RecordedAt;
            Assert.Equal(0, shift.Ticks % TimeSpan.TicksPerDay);
            Assert.InRange(Math.Abs(shift.TotalDays), 0, 182);
            for (var i = 0; i < before.Count; i++)
            {
                Assert.Equal(before[i].RecordedAt - before[0].RecordedAt, shifted[i].RecordedAt - shifted[0].RecordedAt);
                Assert.Equal(before[i].Item, shifted[i].Item);
            }
        }
    }

    [Fact]
    public void Date_values_move_by_the_participants_own_shift()
    {
        var rows = Deidentifier.Apply(Study(), Secret(3), Options);
        var first = rows.Where(r => r.Item is "tingling" or "onset").GroupBy(r => r.Participant).Single(g => g.Any(r => r.Item == "onset")).ToList();
        var shift = (int)(first.First(r => r.Item == "tingling").RecordedAt - Baseline).TotalDays;
        Assert.Equal(new DateOnly(2025, 11, 20).AddDays(shift).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), first.Single(r => r.Item == "onset").Value);

        var second = rows.Single(r => r.Item == "seen_at");
        var secondShift = (int)Math.Round((rows.First(r => r.Participant == second.Participant).RecordedAt - Baseline).TotalDays);
        Assert.Equal(LongCsvFormat.FormatInstant(new DateTimeOffset(2026, 4, 27, 10, 0, 0, TimeSpan.Zero).AddDays(secondShift)), second.Value);
    }

    [Fact]
    public void Pseudonyms_are_stable_within_an_export_and_differ_between_exports()
    {
        var one = Deidentifier.Apply(Study(), Secret(1), Options);
        var again = Deidentifier.Apply(Study(), Secret(1), Options);
        var other = Deidentifier.Apply(Study(), Secret(2), Options);
        Assert.Equal(2, one.Select(r => r.Participant).Distinct().Count());
        Assert.Equal(one, again);
        Assert.Empty(one.Select(r => r.Participant).Intersect(other.Select(r => r.Participant)));
    }

    [Fact]
    public void Shifts_cover_both_directions_stay_within_the_bound_and_are_never_zero()
    {
        var secret = Secret(5);
        var shifts = Enumerable.Range(0, 2000).Select(i => Deidentifier.ShiftDays(secret, "P" + i, 30)).ToList();
        Assert.All(shifts, s => Assert.InRange(s, -30, 30));
        Assert.Contains(-30, shifts);
        Assert.Contains(30, shifts);
        Assert.DoesNotContain(0, shifts);
        Assert.Equal(0, Deidentifier.ShiftDays(secret, "P1", 0));
    }

    [Fact]
    public void Rows_are_ordered_by_pseudonym_not_by_code()
    {
        var rows = Deidentifier.Apply(Study(), Secret(11), Options);
        Assert.Equal(rows.Select(r => r.Participant).Order(StringComparer.Ordinal), rows.Select(r => r.Participant));
    }

    [Fact]
    public void A_bad_bound_or_key_is_refused_with_its_reason()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Deidentifier.Apply(Study(), Secret(1), new DeidentificationOptions { MaxShiftDays = -1 }));
        Assert.Contains("MaxShiftDays", e.Message, StringComparison.Ordinal);
        var k = Assert.Throws<ArgumentException>(() => DeidentificationSecret.FromBytes(new byte[5]));
        Assert.Contains("32 bytes, not 5", k.Message, StringComparison.Ordinal);
    }
}
