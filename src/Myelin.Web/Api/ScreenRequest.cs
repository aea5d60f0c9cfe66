using System.Text.Json;

namespace Myelin.Web.Api;

/// <summary>The body of <c>POST …/participants</c>: a new participant and their screening values.</summary>
/// <param name="Code">The participant code, unique in the study (letters, digits, '.', '_', '-', ':').</param>
/// <param name="Site">The site id; may be left out when the caller reaches one site only.</param>
/// <param name="Values">Screening item id → value (a string, or a number for numeric items); items may be left out.</param>
public sealed record ScreenRequest(string? Code, string? Site, IReadOnlyDictionary<string, JsonElement>? Values);
