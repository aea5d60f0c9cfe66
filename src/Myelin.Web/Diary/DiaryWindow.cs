using System.Text.Json.Serialization;

namespace Myelin.Web.Diary;

/// <summary>The dates an event may be submitted, inclusive, in the participant's local calendar (<c>yyyy-MM-dd</c>).</summary>
/// <param name="Opens">First date.</param>
/// <param name="Closes">Last date.</param>
public sealed record DiaryWindow(
    [property: JsonPropertyName("opens")] DateOnly Opens,
    [property: JsonPropertyName("closes")] DateOnly Closes);
