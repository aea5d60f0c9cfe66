using System.Text.Json.Serialization;

namespace Myelin.Web.Diary;

/// <summary>
/// The stored assessment a diary submission produced: the answer of <c>POST /api/v1/diary/{token}</c>, 201 the first
/// time and 200, identical, when the same <c>submission_id</c> comes again.
/// </summary>
/// <param name="Id">The assessment's database id.</param>
/// <param name="SubmissionId">The client's submission id.</param>
/// <param name="Participant">The participant's code.</param>
/// <param name="Event">The event submitted.</param>
/// <param name="Instrument">The diary instrument stored.</param>
/// <param name="EnteredBy"><c>diary:&lt;participant code&gt;</c>.</param>
/// <param name="EnteredAt">When it was stored (UTC).</param>
/// <param name="Values">The item values as numbers.</param>
/// <param name="Doses">The doses recorded for the day of the submission; null when none were sent.</param>
/// <param name="Note">The note, when the diary instrument has a text item that holds it.</param>
public sealed record DiaryStored(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("submission_id")] Guid SubmissionId,
    [property: JsonPropertyName("participant")] string Participant,
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("instrument")] string Instrument,
    [property: JsonPropertyName("entered_by")] string EnteredBy,
    [property: JsonPropertyName("entered_at")] DateTimeOffset EnteredAt,
    [property: JsonPropertyName("values")] IReadOnlyDictionary<string, double?> Values,
    [property: JsonPropertyName("doses")] DiaryStoredDoses? Doses,
    [property: JsonPropertyName("note")] string? Note);
