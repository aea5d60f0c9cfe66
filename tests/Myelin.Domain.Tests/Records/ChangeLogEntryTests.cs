using Myelin.Domain.Records;

namespace Myelin.Domain.Tests.Records;

public sealed class ChangeLogEntryTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_row_keeps_who_when_what_and_why()
    {
        var row = ChangeLogEntry.Create("k2-7", At, "alice", ChangeChannel.Cli, " typo ", "Participant", "12", ChangeKind.Modified, "Etiology", "t2dm", "b12-deficiency");
        Assert.Equal(("alice", ChangeChannel.Cli, "typo", "Participant", "12", ChangeKind.Modified), (row.Actor, row.Via, row.Reason, row.Entity, row.EntityKey, row.Kind));
        Assert.Equal(("Etiology", "t2dm", "b12-deficiency", At), (row.Field, row.OldValue, row.NewValue, row.At));
    }

    [Fact]
    public void A_blank_reason_is_no_reason()
    {
        Assert.Null(ChangeLogEntry.Create("k2-7", At, "alice", ChangeChannel.Web, "  ", "Participant", "1", ChangeKind.Added, "Code", null, "P1").Reason);
    }

    [Fact]
    public void A_row_needs_a_utc_time_and_an_actor()
    {
        Assert.Throws<DomainRuleException>(() => ChangeLogEntry.Create("k2-7", At.ToOffset(TimeSpan.FromHours(1)), "alice", ChangeChannel.Cli, null, "Participant", "1", ChangeKind.Added, "Code", null, "P1"));
        Assert.Contains("actor of a change is empty", Assert.Throws<DomainRuleException>(() => ChangeLogEntry.Create("k2-7", At, " ", ChangeChannel.Cli, null, "Participant", "1", ChangeKind.Added, "Code", null, "P1")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utc_instants_keep_whole_microseconds_and_others_are_refused()
    {
        Assert.Equal(At.AddTicks(10), UtcInstant.Require(At.AddTicks(19), "t"));
        var e = Assert.Throws<DomainRuleException>(() => UtcInstant.Require(new DateTimeOffset(2026, 3, 2, 14, 30, 0, TimeSpan.FromHours(5.5)), "entry time"));
        Assert.StartsWith("entry time 2026-03-02T14:30:00.0000000+05:30 has offset 05:30:00", e.Message, StringComparison.Ordinal);
    }
}
