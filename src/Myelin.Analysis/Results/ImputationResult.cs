namespace Myelin.Analysis.Results;

/// <summary>
/// Multiple imputation of missing follow-up values (normal linear regression on baseline with parameters drawn
/// from their posterior, separately per arm; Rubin 1987, Sullivan et al. 2018), pooled by Rubin's rules with the
/// Barnard–Rubin (1999) degrees of freedom.
/// </summary>
/// <param name="Endpoint">Endpoint id.</param>
/// <param name="Imputations">Number of imputed datasets.</param>
/// <param name="Seed">Seed of the random numbers.</param>
/// <param name="Groups">Pooled mean change per group.</param>
/// <param name="Comparisons">Pooled ANCOVA difference per comparison.</param>
public sealed record ImputationResult(
    string Endpoint, int Imputations, int Seed, IReadOnlyList<ImputedGroup> Groups, IReadOnlyList<ImputedComparison> Comparisons);
