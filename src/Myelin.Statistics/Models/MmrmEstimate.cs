namespace Myelin.Statistics.Models;

/// <summary>
/// One linear combination of the MMRM fixed effects — a coefficient, an LS mean or a contrast — with its
/// model-based ("asymptotic") standard error and Satterthwaite degrees of freedom.
/// </summary>
/// <param name="Label">R's coefficient name, or e.g. "active W8", "active - placebo W8".</param>
/// <param name="Arm">The arm of an LS mean or contrast; null for coefficients.</param>
/// <param name="Visit">The visit of an LS mean or contrast; null for coefficients.</param>
/// <param name="Estimate">c'β̂.</param>
/// <param name="StdError">sqrt(c'Φc), Φ = (X'Σ̂⁻¹X)⁻¹.</param>
/// <param name="Df">Satterthwaite degrees of freedom.</param>
/// <param name="TValue">Estimate / StdError.</param>
/// <param name="PValue">Two-sided p-value on Df degrees of freedom.</param>
/// <param name="ConfLow">Estimate − qt(1 − α/2, Df)·SE.</param>
/// <param name="ConfHigh">Estimate + qt(1 − α/2, Df)·SE.</param>
public sealed record MmrmEstimate(
    string Label, string? Arm, string? Visit, double Estimate, double StdError, double Df,
    double TValue, double PValue, double ConfLow, double ConfHigh);
