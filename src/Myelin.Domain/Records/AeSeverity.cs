namespace Myelin.Domain.Records;

/// <summary>Adverse-event intensity on the mild/moderate/severe scale (ICH E2A; CDISC AESEV).</summary>
public enum AeSeverity
{
    /// <summary>Easily tolerated; no interference with daily activity.</summary>
    Mild,

    /// <summary>Some interference with daily activity.</summary>
    Moderate,

    /// <summary>Prevents daily activity.</summary>
    Severe,
}
