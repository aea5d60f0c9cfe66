using System.Text.Json.Serialization;

namespace Myelin.Web.Diary;

/// <summary>What a diary link shows now: <c>GET /api/v1/diary/{token}</c>.</summary>
/// <param name="Participant">The participant's code.</param>
/// <param name="Language">The diary's language: <c>en</c>, <c>hi</c> or <c>mr</c>.</param>
/// <param name="Due">The diary events open today (participant's local date) and not yet submitted, in schedule order.</param>
public sealed record DiaryDue(
    [property: JsonPropertyName("participant")] string Participant,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("due")] IReadOnlyList<DiaryDueEvent> Due);
