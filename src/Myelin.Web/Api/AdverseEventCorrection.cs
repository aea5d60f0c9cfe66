using Myelin.Domain.Records;

namespace Myelin.Web.Api;

/// <summary>
/// The body of <c>PATCH …/adverse-events/{id}</c>: what changes, and why. Fields left out keep their value.
/// An outcome that ends the event (<c>recovered</c>, <c>recovered-with-sequelae</c>, <c>fatal</c>) needs <c>resolved_on</c>;
/// an ongoing one (<c>not-recovered</c>, <c>recovering</c>, <c>unknown</c>) clears it.
/// </summary>
/// <param name="Reason">Why the record changes (required: GCP asks every correction to say why).</param>
/// <param name="Severity">The new severity.</param>
/// <param name="Serious">The new seriousness.</param>
/// <param name="Related">The new causality.</param>
/// <param name="Outcome">The new outcome.</param>
/// <param name="ResolvedOn">The day it ended, with an ending outcome.</param>
public sealed record AdverseEventCorrection(
    string? Reason,
    AeSeverity? Severity,
    bool? Serious,
    AeCausality? Related,
    AeOutcome? Outcome,
    DateOnly? ResolvedOn);
