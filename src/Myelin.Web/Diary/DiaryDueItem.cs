using System.Text.Json.Serialization;

namespace Myelin.Web.Diary;

/// <summary>One item to rate.</summary>
/// <param name="Id">The item id, the key of its value in a submission.</param>
/// <param name="Label">The question in the participant's language; in English where the protocol has no translation.</param>
/// <param name="Type">The protocol type name: <c>vas</c>.</param>
/// <param name="Min">Lowest value (0 for a VAS).</param>
/// <param name="Max">Highest value (10 for a VAS).</param>
/// <param name="Step">The resolution; values must lie on min + k × step.</param>
/// <param name="Required">Whether a value must be given.</param>
public sealed record DiaryDueItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("min")] double? Min,
    [property: JsonPropertyName("max")] double? Max,
    [property: JsonPropertyName("step")] double? Step,
    [property: JsonPropertyName("required")] bool Required);
