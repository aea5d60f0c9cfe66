using Myelin.Domain.Records;

namespace Myelin.Domain.Tests.Records;

public sealed class AdverseEventTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Onset = new(2026, 3, 10);

    private static AdverseEvent Nausea() =>
        AdverseEvent.Report(
            Participant.Screen(Study.Create("s", "S", At).AddOrRenameSite("a", "A"), "P001", null, At),
            "nausea", Onset, AeSeverity.Mild, false, AeCausality.Possible, "dr.rao", At);

    [Fact]
    public void A_new_event_is_ongoing()
    {
        var ae = Nausea();
        Assert.Equal((AeOutcome.NotRecovered, (DateOnly?)null), (ae.Outcome, ae.ResolvedOn));
    }

    [Fact]
    public void Resolution_before_onset_is_refused()
    {
        var ae = Nausea();
        var e = Assert.Throws<DomainRuleException>(() => ae.Resolve(Onset.AddDays(-1), AeOutcome.Recovered, "dr.rao", At));
        Assert.Contains("cannot resolve on 2026-03-09, before its onset on 2026-03-10", e.Message, StringComparison.Ordinal);
        Assert.Null(ae.ResolvedOn);
    }

    [Fact]
    public void Resolution_needs_an_ending_outcome_and_happens_once()
    {
        var ae = Nausea();
        Assert.Throws<DomainRuleException>(() => ae.Resolve(Onset, AeOutcome.Recovering, "dr.rao", At));
        ae.Resolve(Onset.AddDays(2), AeOutcome.Recovered, "dr.rao", At.AddDays(3));
        Assert.Equal((Onset.AddDays(2), AeOutcome.Recovered, At.AddDays(3)), (ae.ResolvedOn!.Value, ae.Outcome, ae.RecordedAt));
        Assert.Contains("already resolved", Assert.Throws<DomainRuleException>(() => ae.Resolve(Onset.AddDays(3), AeOutcome.Recovered, "dr.rao", At)).Message, StringComparison.Ordinal);
        ae.Reopen("dr.rao", At.AddDays(4));
        Assert.Equal((AeOutcome.NotRecovered, (DateOnly?)null), (ae.Outcome, ae.ResolvedOn));
    }

    [Fact]
    public void An_ongoing_outcome_cannot_end_the_event()
    {
        var ae = Nausea();
        Assert.Throws<DomainRuleException>(() => ae.SetOngoingOutcome(AeOutcome.Fatal, "dr.rao", At));
        ae.SetOngoingOutcome(AeOutcome.Recovering, "dr.rao", At);
        Assert.Equal(AeOutcome.Recovering, ae.Outcome);
    }
}
