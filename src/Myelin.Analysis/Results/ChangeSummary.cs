namespace Myelin.Analysis.Results;

/// <summary>Change from baseline (follow-up − baseline): mean, SD, median, quartiles and the 95% t CI of the mean.</summary>
/// <param name="Ci">[lower, upper] of the paired t test's interval; null when it cannot be computed.</param>
public sealed record ChangeSummary(double Mean, double Sd, double Median, double Q1, double Q3, IReadOnlyList<double>? Ci);
