namespace Myelin.Domain.Protocols;

/// <summary>How participants are grouped into strata.</summary>
/// <param name="Severity">Severity bands from a baseline score; null when not stratified by severity.</param>
/// <param name="Etiology">Etiology strata from a screening choice item; null when not stratified by etiology.</param>
public sealed record Stratification(SeverityStratification? Severity, EtiologyStratification? Etiology);
