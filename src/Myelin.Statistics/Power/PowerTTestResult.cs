namespace Myelin.Statistics.Power;

/// <summary>The completed power calculation: the given values plus the one that was solved for.</summary>
/// <param name="N">Sample size per group (two-sample), or number of subjects/pairs; may be fractional.</param>
/// <param name="Delta">True difference in means (absolute value for two-sided calculations).</param>
/// <param name="Sd">Standard deviation (of the differences, when paired).</param>
/// <param name="SigLevel">Type I error probability.</param>
/// <param name="Power">1 − type II error probability.</param>
/// <param name="Design">The t test.</param>
/// <param name="Sidedness">One- or two-sided.</param>
/// <param name="Strict">Whether both rejection tails count in a two-sided test.</param>
/// <param name="Method">R's method line, e.g. "Two-sample t test power calculation".</param>
/// <param name="Note">R's note, e.g. "n is number in *each* group"; empty for one-sample.</param>
public sealed record PowerTTestResult(
    double N, double Delta, double Sd, double SigLevel, double Power,
    TTestDesign Design, PowerSidedness Sidedness, bool Strict, string Method, string Note);
