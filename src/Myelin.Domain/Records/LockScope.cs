namespace Myelin.Domain.Records;

/// <summary>What a <see cref="RecordLock"/> freezes.</summary>
public enum LockScope
{
    /// <summary>The whole study: every participant and form in it.</summary>
    Study,

    /// <summary>One participant's casebook: the participant, screening values, assessments, doses and adverse events.</summary>
    Participant,

    /// <summary>One form: an assessment and its item values.</summary>
    Assessment,
}
