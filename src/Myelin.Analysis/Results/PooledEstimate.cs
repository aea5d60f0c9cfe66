namespace Myelin.Analysis.Results;

/// <summary>An estimate pooled over imputations by Rubin's rules.</summary>
/// <param name="Estimate">Mean of the per-imputation estimates, Q̄.</param>
/// <param name="Se">sqrt(T), T = Ū + (1 + 1/m)B.</param>
/// <param name="Df">Barnard–Rubin degrees of freedom.</param>
/// <param name="ConfInt">Q̄ ± qt(0.975, df)·sqrt(T).</param>
/// <param name="PValue">Two-sided p-value of Q̄ / sqrt(T) against t(df).</param>
/// <param name="WithinVariance">Ū, the mean within-imputation variance.</param>
/// <param name="BetweenVariance">B, the variance of the estimates across imputations.</param>
/// <param name="Error">Why it could not be computed; null when it was.</param>
public sealed record PooledEstimate(
    double? Estimate, double? Se, double? Df, IReadOnlyList<double>? ConfInt, double? PValue,
    double? WithinVariance, double? BetweenVariance, string? Error);
