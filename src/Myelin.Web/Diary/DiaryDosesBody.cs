using System.Text.Json.Serialization;

namespace Myelin.Web.Diary;

/// <summary>Whether today's doses were taken, in a diary submission.</summary>
/// <param name="Morning">The morning dose.</param>
/// <param name="Evening">The evening dose.</param>
public sealed record DiaryDosesBody(
    [property: JsonPropertyName("morning")] bool Morning,
    [property: JsonPropertyName("evening")] bool Evening);
