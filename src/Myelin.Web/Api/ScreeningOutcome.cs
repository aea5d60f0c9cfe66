namespace Myelin.Web.Api;

/// <summary>The answer to screening: the stored participant and the eligibility the protocol gives.</summary>
/// <param name="Participant">The participant, status <c>screened</c>.</param>
/// <param name="Eligible">True only when every criterion is met.</param>
/// <param name="Criteria">Every criterion in protocol order.</param>
public sealed record ScreeningOutcome(ParticipantView Participant, bool Eligible, IReadOnlyList<CriterionView> Criteria);
