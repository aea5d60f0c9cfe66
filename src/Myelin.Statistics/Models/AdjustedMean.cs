namespace Myelin.Statistics.Models;

/// <summary>
/// A least-squares (adjusted, "estimated marginal") mean of one group with every covariate held at its mean over
/// the rows used in the fit, as <c>emmeans(fit, ~ group)</c> reports it (Searle, Speed &amp; Milliken 1980,
/// "Population marginal means in the linear model").
/// </summary>
/// <param name="Level">The group level.</param>
/// <param name="Estimate">x̄ᵍ'β̂, the predicted response of the group at the covariate means.</param>
/// <param name="StdError">sqrt(xᵍ'Vxᵍ) with V the coefficient covariance.</param>
/// <param name="Df">Residual degrees of freedom.</param>
/// <param name="ConfLow">Lower confidence limit, estimate + qt(α/2, df)·SE.</param>
/// <param name="ConfHigh">Upper confidence limit, estimate + qt(1 − α/2, df)·SE.</param>
public sealed record AdjustedMean(string Level, double Estimate, double StdError, double Df, double ConfLow, double ConfHigh);
