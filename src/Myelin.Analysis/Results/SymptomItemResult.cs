using System.Text.Json.Serialization;

namespace Myelin.Analysis.Results;

/// <summary>One symptom item: its full endpoint result and the adjusted p-values of the all-participants group.</summary>
/// <param name="Item">Item id.</param>
/// <param name="Label">Item label.</param>
/// <param name="Endpoint">The item analysed like an endpoint.</param>
/// <param name="PairedTP">Unadjusted paired t p-value (all participants).</param>
/// <param name="PairedTPHolm">Holm-adjusted across items.</param>
/// <param name="SignedRankP">Unadjusted signed-rank p-value (all participants).</param>
/// <param name="SignedRankPHolm">Holm-adjusted across items.</param>
public sealed record SymptomItemResult(
    string Item,
    string Label,
    EndpointResult Endpoint,
    [property: JsonPropertyName("paired_t_p")] double? PairedTP,
    [property: JsonPropertyName("paired_t_p_holm")] double? PairedTPHolm,
    double? SignedRankP,
    double? SignedRankPHolm);
