namespace Myelin.Analysis.Results;

/// <summary>The group coefficient of an ANCOVA (Vickers &amp; Altman, BMJ 2001;323:1123); nulls with an error when not estimable.</summary>
/// <param name="Estimate">Adjusted difference, level − reference.</param>
/// <param name="Se">Standard error.</param>
/// <param name="Df">Residual degrees of freedom.</param>
/// <param name="T">Estimate / SE.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="ConfInt">[lower, upper].</param>
/// <param name="N">Participants in the model (all levels of the grouping).</param>
/// <param name="Error">Why the model could not be fitted; null when it was.</param>
public sealed record AncovaEstimate(
    double? Estimate, double? Se, double? Df, double? T, double? PValue, IReadOnlyList<double>? ConfInt, int N, string? Error);
