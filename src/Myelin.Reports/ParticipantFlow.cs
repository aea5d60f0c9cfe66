namespace Myelin.Reports;

/// <summary>
/// What the flow diagram needs beyond the analysis dataset (CONSORT 2010 item 13): screening counts and the reasons
/// people were not enrolled, and why enrolled participants withdrew. Filled from the database (screening records,
/// participant status); a study analysed from a CSV alone may leave the screening part empty.
/// </summary>
public sealed record ParticipantFlow
{
    /// <summary>People assessed for eligibility; null when unknown (the diagram then starts at enrolment).</summary>
    public int? Screened { get; init; }

    /// <summary>Screened people who were not eligible, by reason (e.g. the failed criterion's label).</summary>
    public IReadOnlyList<FlowReason> NotEligible { get; init; } = [];

    /// <summary>Eligible people who were not enrolled (declined, not reachable, …), by reason.</summary>
    public IReadOnlyList<FlowReason> NotEnrolled { get; init; } = [];

    /// <summary>Why each withdrawn participant left, by participant code; a withdrawn participant missing here is shown as "reason not recorded".</summary>
    public IReadOnlyDictionary<string, string> WithdrawalReasons { get; init; } = new Dictionary<string, string>();
}
