namespace Myelin.Domain.Records;

/// <summary>The investigator's judgement of whether an adverse event is related to the study product (WHO-UMC terms).</summary>
public enum AeCausality
{
    /// <summary>Not related.</summary>
    NotRelated,

    /// <summary>Unlikely to be related.</summary>
    Unlikely,

    /// <summary>Possibly related.</summary>
    Possible,

    /// <summary>Probably related.</summary>
    Probable,

    /// <summary>Certainly related.</summary>
    Certain,
}
