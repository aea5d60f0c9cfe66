namespace Myelin.Statistics.Effects;

/// <summary>A standardized mean difference with its confidence interval.</summary>
/// <param name="Kind">"d" (two-sample, pooled SD), "dz" (paired differences) or "d (one-sample)".</param>
/// <param name="Estimate">The standardized difference.</param>
/// <param name="ConfLow">Lower confidence limit (exact, from the noncentral t).</param>
/// <param name="ConfHigh">Upper confidence limit.</param>
/// <param name="ConfLevel">Two-sided confidence level.</param>
/// <param name="Df">Degrees of freedom of the underlying t statistic.</param>
/// <param name="TStatistic">t = d / sqrt(hn), the observed t of the matching t test.</param>
public sealed record EffectSize(string Kind, double Estimate, double ConfLow, double ConfHigh, double ConfLevel, double Df, double TStatistic);
