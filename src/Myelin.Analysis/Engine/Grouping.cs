namespace Myelin.Analysis.Engine;

/// <summary>
/// A way of splitting participants (all; by stratum, etiology or arm) with the members of each level, computed once
/// per analysis. The first level is the reference of comparisons.
/// </summary>
/// <param name="By"><c>all</c>, <c>stratum</c>, <c>etiology</c> or <c>arm</c>.</param>
/// <param name="Levels">Level codes in report order, reference first.</param>
/// <param name="Members">Participant indices of each level, ascending.</param>
internal sealed record Grouping(string By, IReadOnlyList<string> Levels, IReadOnlyList<int[]> Members)
{
    public const string All = "all";
}
