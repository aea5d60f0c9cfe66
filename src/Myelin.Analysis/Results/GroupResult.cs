namespace Myelin.Analysis.Results;

/// <summary>An endpoint in one group of participants (those with both values: observed cases).</summary>
/// <param name="By"><c>all</c>, <c>stratum</c>, <c>etiology</c> or <c>arm</c>.</param>
/// <param name="Level">The level (<c>all</c> for everyone).</param>
/// <param name="N">Participants with both the baseline and the follow-up value.</param>
/// <param name="NMissing">Participants of the group without a follow-up value (or without a baseline value).</param>
/// <param name="Baseline">Baseline values of the <paramref name="N"/> participants.</param>
/// <param name="Followup">Follow-up values of the same participants.</param>
/// <param name="Change">Follow-up − baseline, with its 95% t CI.</param>
/// <param name="PercentChange">Percent change, both ways, each labelled.</param>
/// <param name="Responders">Participants improving by ≥30%, ≥50% and ≥2 points.</param>
/// <param name="PairedT">Paired t test of follow-up against baseline.</param>
/// <param name="SignedRank">Wilcoxon signed-rank test with the Hodges–Lehmann estimate.</param>
/// <param name="Wording">The change in words, e.g. <c>fell from 7.2 to 1.6 (−5.6 points, −78%)</c>.</param>
public sealed record GroupResult(
    string By,
    string Level,
    int N,
    int NMissing,
    ValueSummary Baseline,
    ValueSummary Followup,
    ChangeSummary Change,
    PercentChangeResult PercentChange,
    RespondersResult Responders,
    HTest PairedT,
    HTest SignedRank,
    string Wording);
