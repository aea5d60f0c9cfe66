namespace Myelin.Analysis.Results;

/// <summary>A group's pooled mean change after imputation.</summary>
/// <param name="By">Grouping.</param>
/// <param name="Level">Level.</param>
/// <param name="N">Participants with a baseline value (all analysed after imputation).</param>
/// <param name="NImputed">Of them, participants whose follow-up value was imputed.</param>
/// <param name="Change">Pooled mean change.</param>
public sealed record ImputedGroup(string By, string Level, int N, int NImputed, PooledEstimate Change);
