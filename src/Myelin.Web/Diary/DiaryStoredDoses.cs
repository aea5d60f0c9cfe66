using System.Text.Json.Serialization;

namespace Myelin.Web.Diary;

/// <summary>The doses recorded for one day.</summary>
/// <param name="Date">The participant's local date they belong to.</param>
/// <param name="Morning">Whether the morning dose was taken; null when not recorded.</param>
/// <param name="Evening">Whether the evening dose was taken; null when not recorded.</param>
public sealed record DiaryStoredDoses(
    [property: JsonPropertyName("date")] DateOnly Date,
    [property: JsonPropertyName("morning")] bool? Morning,
    [property: JsonPropertyName("evening")] bool? Evening);
