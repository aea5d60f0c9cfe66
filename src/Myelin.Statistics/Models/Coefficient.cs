namespace Myelin.Statistics.Models;

/// <summary>
/// One row of a fitted linear model's coefficient table, as <c>summary(lm)</c> and <c>confint</c> report it.
/// </summary>
/// <param name="Name">R's coefficient name, e.g. <c>(Intercept)</c>, <c>groupactive</c>, <c>base</c>.</param>
/// <param name="Estimate">The least-squares estimate.</param>
/// <param name="StdError">σ̂·sqrt([(X'X)⁻¹]ⱼⱼ).</param>
/// <param name="TValue">Estimate / StdError.</param>
/// <param name="PValue">Two-sided, 2·P(T_df ≥ |t|).</param>
/// <param name="ConfLow">Estimate + qt(α/2, df)·SE.</param>
/// <param name="ConfHigh">Estimate + qt(1 − α/2, df)·SE.</param>
public sealed record Coefficient(
    string Name, double Estimate, double StdError, double TValue, double PValue, double ConfLow, double ConfHigh);
