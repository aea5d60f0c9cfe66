namespace Myelin.Statistics.Bootstrap;

/// <summary>A bootstrap confidence interval.</summary>
/// <param name="Low">Lower limit.</param>
/// <param name="High">Upper limit.</param>
/// <param name="ConfLevel">Two-sided confidence level.</param>
/// <param name="Warnings">R's warnings, e.g. "extreme order statistics used as endpoints".</param>
public sealed record BootstrapInterval(double Low, double High, double ConfLevel, IReadOnlyList<string> Warnings);
