namespace Myelin.Analysis.Results;

/// <summary>
/// A hypothesis test as R's <c>htest</c> object reports it. When the test cannot be computed (too few values, all
/// differences equal) the numbers are null and <paramref name="Error"/> says why, as R's error would.
/// </summary>
/// <param name="Method">R's method string, e.g. <c>Paired t-test</c>.</param>
/// <param name="Statistic">t, V or W.</param>
/// <param name="Parameter">Degrees of freedom; null for rank tests.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="ConfInt">[lower, upper] for the estimate.</param>
/// <param name="ConfLevel">Level of the interval as R reports it (the exact signed-rank CI may not reach 0.95).</param>
/// <param name="Estimate">Mean difference (t tests) or Hodges–Lehmann estimate (rank tests).</param>
/// <param name="Error">Why the test could not be computed; null when it was.</param>
public sealed record HTest(
    string Method,
    double? Statistic,
    double? Parameter,
    double? PValue,
    IReadOnlyList<double>? ConfInt,
    double? ConfLevel,
    double? Estimate,
    string? Error)
{
    /// <summary>A test that could not be computed.</summary>
    public static HTest Failed(string method, string error) => new(method, null, null, null, null, null, null, error);
}
