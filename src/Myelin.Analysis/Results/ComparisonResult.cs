namespace Myelin.Analysis.Results;

/// <summary>One level of a grouping against the grouping's reference level.</summary>
/// <param name="By"><c>stratum</c>, <c>etiology</c> or <c>arm</c>.</param>
/// <param name="Level">The compared level.</param>
/// <param name="Reference">The reference level (the placebo arm; otherwise the first level).</param>
/// <param name="NLevel">Observed cases in the level.</param>
/// <param name="NReference">Observed cases in the reference.</param>
/// <param name="WelchT">Welch two-sample t test of the change (level − reference).</param>
/// <param name="RankSum">Wilcoxon rank-sum test of the change with the Hodges–Lehmann shift.</param>
/// <param name="Ancova">Follow-up adjusted for baseline: <c>lm(followup ~ group + baseline)</c>, level coefficient.</param>
public sealed record ComparisonResult(
    string By,
    string Level,
    string Reference,
    int NLevel,
    int NReference,
    HTest WelchT,
    HTest RankSum,
    AncovaEstimate Ancova);
