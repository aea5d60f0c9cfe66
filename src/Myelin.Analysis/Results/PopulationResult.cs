namespace Myelin.Analysis.Results;

/// <summary>An analysis population (ICH E9): who is in it, who is not, and why.</summary>
/// <param name="Id"><c>all-enrolled</c>, <c>per-protocol</c> or <c>completers</c>.</param>
/// <param name="Label">Display label.</param>
/// <param name="Definition">The rule, in words.</param>
/// <param name="N">Participants in the population.</param>
/// <param name="Excluded">Enrolled participants not in the population, each with the reason.</param>
public sealed record PopulationResult(string Id, string Label, string Definition, int N, IReadOnlyList<PopulationExclusion> Excluded);
