namespace Myelin.Statistics.Models;

/// <summary>
/// The difference of two adjusted means, <c>Level − Reference</c>, as emmeans' <c>trt.vs.ctrl</c> contrast with
/// <c>adjust = "none"</c> reports it. In a model without interactions it equals the group's treatment-contrast
/// coefficient.
/// </summary>
/// <param name="Label">emmeans' label, e.g. <c>active - placebo</c>.</param>
/// <param name="Level">The compared group.</param>
/// <param name="Reference">The reference (first) level.</param>
/// <param name="Estimate">Adjusted mean of <paramref name="Level"/> minus that of <paramref name="Reference"/>.</param>
/// <param name="StdError">Standard error of the difference.</param>
/// <param name="Df">Degrees of freedom of the t reference distribution.</param>
/// <param name="TValue">Estimate / StdError.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="ConfLow">Lower confidence limit.</param>
/// <param name="ConfHigh">Upper confidence limit.</param>
public sealed record GroupContrast(
    string Label, string Level, string Reference, double Estimate, double StdError, double Df,
    double TValue, double PValue, double ConfLow, double ConfHigh);
