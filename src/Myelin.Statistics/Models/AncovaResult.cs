namespace Myelin.Statistics.Models;

/// <summary>
/// The fit of <c>lm(y ~ group + covariate₁ + …)</c> with treatment contrasts, plus the emmeans summary.
/// </summary>
/// <param name="Coefficients">(Intercept), one <c>group&lt;level&gt;</c> per non-reference level, then the covariates.</param>
/// <param name="AdjustedMeans">One per level, in level order, at the covariate means.</param>
/// <param name="Contrasts">Each non-reference level minus the reference level.</param>
/// <param name="Sigma">Residual standard error σ̂ = sqrt(RSS / df).</param>
/// <param name="DfResidual">N − number of coefficients.</param>
/// <param name="N">Rows used (complete cases).</param>
/// <param name="ConfLevel">The confidence level of every interval.</param>
/// <param name="Levels">The group levels; the first is the reference.</param>
/// <param name="CovariateMeans">Mean of each covariate over the rows used, where the adjusted means are evaluated.</param>
public sealed record AncovaResult(
    IReadOnlyList<Coefficient> Coefficients,
    IReadOnlyList<AdjustedMean> AdjustedMeans,
    IReadOnlyList<GroupContrast> Contrasts,
    double Sigma,
    int DfResidual,
    int N,
    double ConfLevel,
    IReadOnlyList<string> Levels,
    IReadOnlyList<double> CovariateMeans)
{
    /// <summary>The coefficient with R's name <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No coefficient has that name.</exception>
    public Coefficient Coefficient(string name)
        => Coefficients.FirstOrDefault(c => c.Name == name)
           ?? throw new KeyNotFoundException($"no coefficient named '{name}'; the model has: "
                                             + string.Join(", ", Coefficients.Select(c => c.Name)));
}
