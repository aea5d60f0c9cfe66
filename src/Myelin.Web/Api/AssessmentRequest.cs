using System.Text.Json;

namespace Myelin.Web.Api;

/// <summary>The body of <c>POST …/participants/{code}/assessments</c>.</summary>
/// <param name="Event">The schedule event id, e.g. <c>visit-w4</c>.</param>
/// <param name="Instrument">The instrument id due at that event, e.g. <c>labs</c>.</param>
/// <param name="Values">Item id → value (a number for numeric items, else a string); every required item must be given.</param>
public sealed record AssessmentRequest(string? Event, string? Instrument, IReadOnlyDictionary<string, JsonElement>? Values);
