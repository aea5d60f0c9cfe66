namespace Myelin.Web.Api;

/// <summary>How one eligibility criterion came out.</summary>
/// <param name="Id">The criterion id from the protocol.</param>
/// <param name="Label">Its label.</param>
/// <param name="Status"><c>met</c>, <c>not-met</c>, <c>missing</c> or <c>invalid</c>.</param>
/// <param name="Reason">Why it is not met (naming the rule and the values read); null when met.</param>
public sealed record CriterionView(string Id, string Label, string Status, string? Reason);
