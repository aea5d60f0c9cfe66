using ArmAllocation = Myelin.Domain.Protocols.ArmAllocation;
using Myelin.Domain.Records;

namespace Myelin.Domain.Tests.Records;

public sealed class ParticipantTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Participant Screened()
    {
        var study = Study.Create("k2-7-preliminary", "K2-7 preliminary", At);
        return Participant.Screen(study.AddOrRenameSite("mumbai", "Nair Hospital"), "P001", "t2dm", At);
    }

    [Fact]
    public void Screening_creates_a_screened_participant_at_the_site_of_the_study()
    {
        var p = Screened();
        Assert.Equal(("k2-7-preliminary", "mumbai", "P001", ParticipantStatus.Screened), (p.StudyId, p.SiteId, p.Code, p.Status));
        Assert.Equal((At, At), (p.CreatedAt, p.ChangedAt));
        Assert.Null(p.Arm);
        Assert.Null(p.EnrolledOn);
    }

    [Fact]
    public void Enrolment_sets_arm_stratum_date_and_status()
    {
        var p = Screened();
        p.Enrol("mk7", "moderate", new DateOnly(2026, 3, 2), At.AddHours(1));
        Assert.Equal((ParticipantStatus.Enrolled, "mk7", "moderate", new DateOnly(2026, 3, 2)), (p.Status, p.Arm, p.Stratum, p.EnrolledOn));
        Assert.Equal(At.AddHours(1), p.ChangedAt);
    }

    [Fact]
    public void Enrolment_from_the_allocation_sequence_keeps_the_stratum_and_position_that_gave_the_arm()
    {
        var p = Screened();
        p.Enrol(new ArmAllocation("placebo", "dm", 5), "moderate", new DateOnly(2026, 3, 2), At);
        Assert.Equal(("placebo", "moderate", "dm", (int?)5), (p.Arm, p.Stratum, p.AllocationStratum, p.AllocationPosition));
        Assert.Throws<DomainRuleException>(() => Screened().Enrol(new ArmAllocation("mk7", "dm", -1), null, new DateOnly(2026, 3, 2), At));
        var plain = Screened();
        plain.Enrol("mk7", null, new DateOnly(2026, 3, 2), At);
        Assert.Equal((null, null), (plain.AllocationStratum, plain.AllocationPosition));
    }

    [Fact]
    public void Enrolling_twice_is_refused_and_changes_nothing()
    {
        var p = Screened();
        p.Enrol("mk7", "moderate", new DateOnly(2026, 3, 2), At);
        var e = Assert.Throws<DomainRuleException>(() => p.Enrol("placebo", "severe", new DateOnly(2026, 3, 3), At));
        Assert.Contains("'P001'", e.Message, StringComparison.Ordinal);
        Assert.Contains("is enrolled and cannot be enrolled", e.Message, StringComparison.Ordinal);
        Assert.Equal(("mk7", "moderate"), (p.Arm, p.Stratum));
    }

    [Fact]
    public void Withdrawal_from_enrolled_keeps_the_reason()
    {
        var p = Screened();
        p.Enrol("mk7", "severe", new DateOnly(2026, 3, 2), At);
        p.Withdraw("  adverse event  ", At.AddDays(10));
        Assert.Equal((ParticipantStatus.Withdrawn, "adverse event"), (p.Status, p.WithdrawalReason));
    }

    [Fact]
    public void A_screened_participant_may_withdraw_before_enrolment()
    {
        var p = Screened();
        p.Withdraw("consent withdrawn", At);
        Assert.Equal(ParticipantStatus.Withdrawn, p.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Withdrawal_without_a_reason_is_refused(string reason)
    {
        var p = Screened();
        var e = Assert.Throws<DomainRuleException>(() => p.Withdraw(reason, At));
        Assert.Contains("withdrawal reason of participant 'P001' is empty", e.Message, StringComparison.Ordinal);
        Assert.Equal(ParticipantStatus.Screened, p.Status);
    }

    [Fact]
    public void Completion_needs_enrolment()
    {
        var p = Screened();
        var e = Assert.Throws<DomainRuleException>(() => p.Complete(At));
        Assert.Contains("is screened and cannot complete; only an enrolled participant can", e.Message, StringComparison.Ordinal);
        p.Enrol("mk7", null, new DateOnly(2026, 3, 2), At);
        p.Complete(At.AddDays(56));
        Assert.Equal(ParticipantStatus.Completed, p.Status);
    }

    [Fact]
    public void Nothing_follows_withdrawal_or_completion()
    {
        var withdrawn = Screened();
        withdrawn.Withdraw("lost to follow-up", At);
        Assert.Contains("is withdrawn (lost to follow-up) and cannot complete", Assert.Throws<DomainRuleException>(() => withdrawn.Complete(At)).Message, StringComparison.Ordinal);
        Assert.Throws<DomainRuleException>(() => withdrawn.Enrol("mk7", null, new DateOnly(2026, 3, 2), At));
        Assert.Throws<DomainRuleException>(() => withdrawn.Withdraw("again", At));

        var completed = Screened();
        completed.Enrol("mk7", null, new DateOnly(2026, 3, 2), At);
        completed.Complete(At);
        Assert.Contains("is completed and cannot withdraw", Assert.Throws<DomainRuleException>(() => completed.Withdraw("late", At)).Message, StringComparison.Ordinal);
        Assert.Throws<DomainRuleException>(() => completed.Complete(At));
    }

    [Fact]
    public void Instants_with_an_offset_are_refused()
    {
        var p = Screened();
        var e = Assert.Throws<DomainRuleException>(() => p.Complete(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(5.5))));
        Assert.Contains("offset 05:30:00", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("P 001")]
    [InlineData("-P1")]
    public void Malformed_codes_are_refused(string code)
    {
        var site = Study.Create("s1", "S", At).AddOrRenameSite("a", "A");
        var e = Assert.Throws<DomainRuleException>(() => Participant.Screen(site, code, null, At));
        Assert.Contains("participant code in study 's1'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recording_a_screening_value_again_replaces_it()
    {
        var p = Screened();
        p.RecordScreeningValue("serum-b12", "150", 150, "pg/mL", At);
        p.RecordScreeningValue("serum-b12", "180", 180, "pg/mL", At.AddDays(1));
        var v = Assert.Single(p.ScreeningValues);
        Assert.Equal(("180", 180.0), (v.Value, v.Numeric!.Value));
        Assert.Equal(At.AddDays(1), p.ChangedAt);
        Assert.Throws<DomainRuleException>(() => p.RecordScreeningValue("x", "nan", double.NaN, null, At));
    }
}
