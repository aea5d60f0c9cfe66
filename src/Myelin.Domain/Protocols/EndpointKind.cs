namespace Myelin.Domain.Protocols;

/// <summary>Endpoint kind; YAML values <c>change</c>, <c>percent-change</c>, <c>responder</c>.</summary>
public enum EndpointKind
{
    /// <summary>to − from (negative is improvement on a symptom scale).</summary>
    Change,

    /// <summary>100 × (to − from) / from.</summary>
    PercentChange,

    /// <summary>Reduction of at least a percent and/or a number of points from the from-event.</summary>
    Responder,
}
