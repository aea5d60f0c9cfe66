using System.Text.Json.Serialization;

namespace Myelin.Web.Diary;

/// <summary>One diary event open now.</summary>
/// <param name="Event">The expanded event id, e.g. <c>diary-w0</c>.</param>
/// <param name="Label">The event's label from the protocol, in the participant's language where the protocol translates it.</param>
/// <param name="Window">The first and last dates it may be submitted (inclusive).</param>
/// <param name="Items">The items to rate, in protocol order.</param>
public sealed record DiaryDueEvent(
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("window")] DiaryWindow Window,
    [property: JsonPropertyName("items")] IReadOnlyList<DiaryDueItem> Items);
