namespace Myelin.Analysis.Results;

/// <summary>A percent change with its definition.</summary>
/// <param name="Value">Percent (negative is a reduction).</param>
/// <param name="N">Participants it is computed from.</param>
/// <param name="Ci">95% t CI for the mean of individual percent changes; null for the change of means.</param>
/// <param name="Label">What the figure is, in words.</param>
public sealed record PercentFigure(double Value, int N, IReadOnlyList<double>? Ci, string Label);
