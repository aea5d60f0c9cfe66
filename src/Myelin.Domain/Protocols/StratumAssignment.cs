namespace Myelin.Domain.Protocols;

/// <summary>The strata a participant falls in.</summary>
/// <param name="Severity">The severity band; null when the protocol has no severity strata.</param>
/// <param name="Etiology">The etiology stratum; null when the protocol has no etiology strata.</param>
public sealed record StratumAssignment(SeverityBand? Severity, EtiologyStratum? Etiology)
{
    /// <summary>A combined code such as <c>severe/b12</c> (only the parts the protocol defines), or empty.</summary>
    public string Code => string.Join("/", new[] { Severity?.Code, Etiology?.Code }.Where(c => c is not null));
}
