namespace Myelin.Analysis.Results;

/// <summary>One endpoint (a variable from one event to a later one) analysed per group and between groups.</summary>
/// <param name="Id">Endpoint id from the protocol (or a derived id such as <c>item-tingling</c>).</param>
/// <param name="Label">Display label.</param>
/// <param name="Role"><c>primary</c>, <c>secondary</c> or <c>exploratory</c>.</param>
/// <param name="Instrument">Instrument id.</param>
/// <param name="Variable">Score or item id.</param>
/// <param name="FromEvent">Baseline event id.</param>
/// <param name="ToEvent">Follow-up event id.</param>
/// <param name="Population">Population analysed.</param>
/// <param name="MissingData"><c>observed-cases</c> or <c>locf</c>.</param>
/// <param name="Groups">Per group: all participants, then each stratum, etiology and arm level.</param>
/// <param name="Comparisons">Between the levels of each grouping: each level against the grouping's reference level.</param>
public sealed record EndpointResult(
    string Id,
    string Label,
    string Role,
    string Instrument,
    string Variable,
    string FromEvent,
    string ToEvent,
    string Population,
    string MissingData,
    IReadOnlyList<GroupResult> Groups,
    IReadOnlyList<ComparisonResult> Comparisons);
