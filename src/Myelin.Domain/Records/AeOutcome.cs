namespace Myelin.Domain.Records;

/// <summary>Adverse-event outcome (CDISC AEOUT terms).</summary>
public enum AeOutcome
{
    /// <summary>Not recovered / not resolved: the event is ongoing.</summary>
    NotRecovered,

    /// <summary>Recovering / resolving.</summary>
    Recovering,

    /// <summary>Recovered / resolved.</summary>
    Recovered,

    /// <summary>Recovered / resolved with sequelae.</summary>
    RecoveredWithSequelae,

    /// <summary>Fatal.</summary>
    Fatal,

    /// <summary>Unknown (e.g. lost to follow-up).</summary>
    Unknown,
}
