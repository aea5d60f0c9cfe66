using Myelin.Domain.Records;

namespace Myelin.Reports;

/// <summary>An adverse event as the report lists it (from <see cref="AdverseEvent"/> in the database).</summary>
/// <param name="Participant">Participant code.</param>
/// <param name="Term">Reported term, e.g. <c>nausea</c>.</param>
/// <param name="OnsetOn">Onset date; the report shows the study day from the participant's enrolment when known.</param>
/// <param name="ResolvedOn">Date it ended; null while ongoing.</param>
/// <param name="Severity">Mild, moderate or severe.</param>
/// <param name="Serious">Serious by ICH E2A.</param>
/// <param name="Related">Causality to the study product.</param>
/// <param name="Outcome">Outcome.</param>
public sealed record ReportAdverseEvent(
    string Participant,
    string Term,
    DateOnly OnsetOn,
    DateOnly? ResolvedOn,
    AeSeverity Severity,
    bool Serious,
    AeCausality Related,
    AeOutcome Outcome)
{
    /// <summary>Maps a stored adverse event.</summary>
    public static ReportAdverseEvent From(AdverseEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Participant.Code, e.Term, e.OnsetOn, e.ResolvedOn, e.Severity, e.Serious, e.Related, e.Outcome);
    }

    /// <summary>True when the causality is possible, probable or certain.</summary>
    public bool IsRelated => Related is AeCausality.Possible or AeCausality.Probable or AeCausality.Certain;
}
