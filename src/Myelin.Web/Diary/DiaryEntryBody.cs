using System.Text.Json.Serialization;

namespace Myelin.Web.Diary;

/// <summary>
/// The body of <c>POST /api/v1/diary/{token}</c>, for the OpenAPI document. The endpoint reads the JSON itself,
/// strictly (<see cref="DiaryEntryReader"/>): unknown fields, wrong types and duplicate keys are refused by name.
/// </summary>
/// <param name="SubmissionId">A UUID the client generates once per entry and repeats on every retry.</param>
/// <param name="Event">The event id, one of those due now.</param>
/// <param name="Values">Item id → number, for the event's items.</param>
/// <param name="Doses">Whether today's morning and evening doses were taken (optional; both keys when given).</param>
/// <param name="Note">An optional note, at most 1000 characters.</param>
public sealed record DiaryEntryBody(
    [property: JsonPropertyName("submission_id")] Guid SubmissionId,
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("values")] IReadOnlyDictionary<string, double> Values,
    [property: JsonPropertyName("doses")] DiaryDosesBody? Doses,
    [property: JsonPropertyName("note")] string? Note);
