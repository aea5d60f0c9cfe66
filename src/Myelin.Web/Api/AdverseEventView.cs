using Myelin.Domain.Records;

namespace Myelin.Web.Api;

/// <summary>A stored adverse event.</summary>
/// <param name="Id">The event's id.</param>
/// <param name="Participant">The participant code.</param>
/// <param name="Term">The reported term.</param>
/// <param name="OnsetOn">The day it started.</param>
/// <param name="ResolvedOn">The day it ended, or null while ongoing.</param>
/// <param name="Severity">Intensity.</param>
/// <param name="Serious">Serious by ICH E2A.</param>
/// <param name="Related">Causality.</param>
/// <param name="Outcome">Outcome.</param>
/// <param name="RecordedBy">Who recorded or last changed it.</param>
/// <param name="RecordedAt">When (UTC).</param>
public sealed record AdverseEventView(
    long Id,
    string Participant,
    string Term,
    DateOnly OnsetOn,
    DateOnly? ResolvedOn,
    AeSeverity Severity,
    bool Serious,
    AeCausality Related,
    AeOutcome Outcome,
    string RecordedBy,
    DateTimeOffset RecordedAt)
{
    /// <summary>The view of a record.</summary>
    public static AdverseEventView Of(AdverseEvent e, string participantCode)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, participantCode, e.Term, e.OnsetOn, e.ResolvedOn, e.Severity, e.Serious, e.Related, e.Outcome, e.RecordedBy, e.RecordedAt);
    }
}
