namespace Myelin.Domain.Protocols;

/// <summary>The outcome of one eligibility criterion.</summary>
/// <param name="CriterionId">The criterion.</param>
/// <param name="Label">The criterion's label from the protocol.</param>
/// <param name="Status">Met, not met, missing or invalid.</param>
/// <param name="Reason">Why it is not met, missing or invalid (naming the rule and the values read); null when met.</param>
public sealed record CriterionOutcome(string CriterionId, string Label, CriterionStatus Status, string? Reason);
