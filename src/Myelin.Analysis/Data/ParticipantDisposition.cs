namespace Myelin.Analysis.Data;

/// <summary>Where an enrolled participant ended up (CONSORT disposition).</summary>
public enum ParticipantDisposition
{
    /// <summary>Enrolled, neither withdrawn nor known to have completed.</summary>
    Enrolled,

    /// <summary>Left the study early.</summary>
    Withdrawn,

    /// <summary>Finished the schedule.</summary>
    Completed,
}
