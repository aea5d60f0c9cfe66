namespace Myelin.Web.Api;

/// <summary>A stored assessment.</summary>
/// <param name="Id">The assessment's id.</param>
/// <param name="Participant">The participant code.</param>
/// <param name="Event">The event id.</param>
/// <param name="Instrument">The instrument id.</param>
/// <param name="Source"><c>diary</c>, <c>clinic</c> or <c>import</c>.</param>
/// <param name="EnteredBy">Who entered it.</param>
/// <param name="EnteredAt">When (UTC).</param>
/// <param name="Values">The item values in the instrument's order.</param>
/// <param name="Note">The free-text note that came with it (the participant's diary note); null when none.</param>
public sealed record AssessmentView(
    long Id,
    string Participant,
    string Event,
    string Instrument,
    string Source,
    string EnteredBy,
    DateTimeOffset EnteredAt,
    IReadOnlyList<ItemValueView> Values,
    string? Note);
