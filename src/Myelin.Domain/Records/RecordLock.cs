namespace Myelin.Domain.Records;

/// <summary>
/// A lock on a study, a participant's casebook or one form. While active, changes to the data it covers are refused;
/// unlocking needs a reason and is written to the audit trail like the lock itself. A lock is never deleted.
/// </summary>
public sealed class RecordLock
{
    private RecordLock(string studyId, LockScope scope, long? participantId, long? assessmentId, string lockedBy, string? reason, DateTimeOffset lockedAt)
    {
        StudyId = studyId;
        Scope = scope;
        ParticipantId = participantId;
        AssessmentId = assessmentId;
        LockedBy = lockedBy;
        Reason = reason;
        LockedAt = lockedAt;
    }

    /// <summary>Database key; 0 until saved.</summary>
    public long Id { get; private set; }

    /// <summary>The study.</summary>
    public string StudyId { get; private set; }

    /// <summary>What is locked.</summary>
    public LockScope Scope { get; private set; }

    /// <summary>The participant, for a participant or assessment lock.</summary>
    public long? ParticipantId { get; private set; }

    /// <summary>The assessment, for an assessment lock.</summary>
    public long? AssessmentId { get; private set; }

    /// <summary>Who locked it.</summary>
    public string LockedBy { get; private set; }

    /// <summary>Why it was locked (e.g. "data cleaned for interim analysis"); optional.</summary>
    public string? Reason { get; private set; }

    /// <summary>When it was locked (UTC).</summary>
    public DateTimeOffset LockedAt { get; private set; }

    /// <summary>Who unlocked it; null while locked.</summary>
    public string? UnlockedBy { get; private set; }

    /// <summary>Why it was unlocked; required when unlocking.</summary>
    public string? UnlockReason { get; private set; }

    /// <summary>When it was unlocked (UTC); null while locked.</summary>
    public DateTimeOffset? UnlockedAt { get; private set; }

    /// <summary>True until unlocked.</summary>
    public bool Active => UnlockedAt is null;

    /// <summary>Locks a whole study.</summary>
    public static RecordLock ForStudy(string studyId, string by, string? reason, DateTimeOffset at) =>
        new(Guard.Id(studyId, "study id of a lock"), LockScope.Study, null, null, Guard.Text(by, "'locked by'", 200), Guard.OptionalText(reason, "lock reason"), UtcInstant.Require(at, "lock time"));

    /// <summary>Locks one participant's casebook.</summary>
    public static RecordLock ForParticipant(Participant participant, string by, string? reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return new(participant.StudyId, LockScope.Participant, participant.Id, null, Guard.Text(by, "'locked by'", 200), Guard.OptionalText(reason, "lock reason"), UtcInstant.Require(at, "lock time"));
    }

    /// <summary>Locks one form.</summary>
    public static RecordLock ForAssessment(Assessment assessment, string by, string? reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new(assessment.Participant.StudyId, LockScope.Assessment, assessment.ParticipantId, assessment.Id, Guard.Text(by, "'locked by'", 200), Guard.OptionalText(reason, "lock reason"), UtcInstant.Require(at, "lock time"));
    }

    /// <summary>Unlocks, with the reason.</summary>
    /// <exception cref="DomainRuleException">Already unlocked, or no reason given.</exception>
    public void Unlock(string by, string reason, DateTimeOffset at)
    {
        if (!Active)
        {
            throw new DomainRuleException($"lock {Id} was already unlocked at {UnlockedAt:O} by {UnlockedBy}.");
        }

        UnlockReason = Guard.Text(reason, "reason for unlocking");
        UnlockedBy = Guard.Text(by, "'unlocked by'", 200);
        UnlockedAt = UtcInstant.Require(at, "unlock time");
    }

    /// <summary>A sentence saying what is locked, for refusal messages.</summary>
    public string Describe() => Scope switch
    {
        LockScope.Study => $"study '{StudyId}' is locked (since {LockedAt:yyyy-MM-dd HH:mm} UTC by {LockedBy})",
        LockScope.Participant => $"this participant's casebook is locked (since {LockedAt:yyyy-MM-dd HH:mm} UTC by {LockedBy})",
        _ => $"this form is locked (since {LockedAt:yyyy-MM-dd HH:mm} UTC by {LockedBy})",
    };
}
