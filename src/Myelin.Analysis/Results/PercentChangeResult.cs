namespace Myelin.Analysis.Results;

/// <summary>Percent change, which differs between the two usual definitions; both are given and labelled.</summary>
/// <param name="MeanOfIndividual">Mean of each participant's 100 × (follow-up − baseline) / baseline (baseline ≠ 0).</param>
/// <param name="ChangeOfMeans">100 × (mean follow-up − mean baseline) / mean baseline.</param>
public sealed record PercentChangeResult(PercentFigure MeanOfIndividual, PercentFigure ChangeOfMeans);
