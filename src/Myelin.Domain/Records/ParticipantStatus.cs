namespace Myelin.Domain.Records;

/// <summary>
/// Where a participant is in the study: screened → enrolled → withdrawn (with a reason) or completed.
/// A screened participant who is not enrolled may also withdraw (e.g. consent withdrawn before enrolment).
/// </summary>
public enum ParticipantStatus
{
    /// <summary>Screened for eligibility; not yet enrolled.</summary>
    Screened,

    /// <summary>Enrolled: allocated to an arm and stratum, on study.</summary>
    Enrolled,

    /// <summary>Left the study early; <see cref="Participant.WithdrawalReason"/> says why.</summary>
    Withdrawn,

    /// <summary>Finished the schedule.</summary>
    Completed,
}
