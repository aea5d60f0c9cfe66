namespace Myelin.Reports;

/// <summary>A reason in the participant flow and how many people it applies to.</summary>
/// <param name="Reason">The reason in words, e.g. <c>Overall symptom VAS at least 4: not met</c>.</param>
/// <param name="Count">People (at least 1).</param>
public sealed record FlowReason(string Reason, int Count);
