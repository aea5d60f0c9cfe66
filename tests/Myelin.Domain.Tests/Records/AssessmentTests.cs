using Myelin.Domain.Records;

namespace Myelin.Domain.Tests.Records;

public sealed class AssessmentTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Participant P001() =>
        Participant.Screen(Study.Create("k2-7-preliminary", "K2-7", At).AddOrRenameSite("mumbai", "Nair"), "P001", null, At);

    [Fact]
    public void Setting_an_item_again_replaces_its_value()
    {
        var a = Assessment.Record(P001(), "week-1", "diary", AssessmentSource.Diary, EnteredBy.Diary("P001"), At);
        a.SetValue("overall", "7", 7);
        a.SetValue("overall", "6.5", 6.5);
        var item = Assert.Single(a.Items);
        Assert.Equal(("6.5", 6.5), (item.Value, item.Numeric!.Value));
        Assert.True(a.RemoveValue("overall"));
        Assert.False(a.RemoveValue("overall"));
    }

    [Fact]
    public void The_note_is_kept_trimmed_a_blank_one_is_none_and_a_long_one_is_refused()
    {
        var a = Assessment.Record(P001(), "week-1", "diary", AssessmentSource.Diary, EnteredBy.Diary("P001"), At);
        Assert.Null(a.Note);
        a.SetNote("  feet burn  ");
        Assert.Equal("feet burn", a.Note);
        a.SetNote(new string('x', Assessment.MaxNoteLength));
        Assert.Equal(1000, a.Note!.Length);
        var e = Assert.Throws<DomainRuleException>(() => a.SetNote(new string('y', 1001)));
        Assert.Contains("at most 1000", e.Message, StringComparison.Ordinal);
        a.SetNote(" ");
        Assert.Null(a.Note);
    }

    [Fact]
    public void A_diary_entry_must_come_from_the_participants_own_diary()
    {
        var e = Assert.Throws<DomainRuleException>(() => Assessment.Record(P001(), "week-1", "diary", AssessmentSource.Diary, "diary:P002", At));
        Assert.Contains("'diary:P001'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entered_by_spellings()
    {
        Assert.Equal("diary:P001", EnteredBy.Diary("P001"));
        Assert.Equal("import:week4.csv", EnteredBy.Import("week4.csv"));
    }

    [Fact]
    public void Malformed_ids_and_empty_values_are_refused()
    {
        Assert.Contains("event id of assessment of participant 'P001'",
            Assert.Throws<DomainRuleException>(() => Assessment.Record(P001(), "week 1", "diary", AssessmentSource.Clinic, "alice", At)).Message, StringComparison.Ordinal);
        var a = Assessment.Record(P001(), "week-1", "diary", AssessmentSource.Clinic, "alice", At);
        Assert.Contains("value of item 'overall' is empty", Assert.Throws<DomainRuleException>(() => a.SetValue("overall", "", null)).Message, StringComparison.Ordinal);
        Assert.Throws<DomainRuleException>(() => a.SetValue("overall", "inf", double.PositiveInfinity));
    }

    [Fact]
    public void Dose_slots_are_morning_evening_or_a_dose_number()
    {
        var p = P001();
        var day = new DateOnly(2026, 3, 3);
        Assert.Equal("morning", DoseRecord.Record(p, day, DoseRecord.Morning, true, "alice", At).Slot);
        Assert.Equal("3", DoseRecord.Record(p, day, "3", false, "alice", At).Slot);
        foreach (var bad in new[] { "noon", "0", "01", "-1", "" })
        {
            var e = Assert.Throws<DomainRuleException>(() => DoseRecord.Record(p, day, bad, true, "alice", At));
            Assert.Contains("use 'morning', 'evening' or a dose number", e.Message, StringComparison.Ordinal);
        }
    }
}
