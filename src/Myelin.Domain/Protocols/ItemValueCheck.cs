namespace Myelin.Domain.Protocols;

/// <summary>The outcome of checking one raw item value against its item.</summary>
/// <param name="ItemId">The item checked.</param>
/// <param name="IsValid">True when the value may be stored (a missing optional value is valid).</param>
/// <param name="IsMissing">True when no value was given (null, empty or white space).</param>
/// <param name="Normalised">The value in canonical text form (invariant culture numbers, <c>yyyy-MM-dd</c> dates, trimmed codes); null when missing or invalid.</param>
/// <param name="Number">The numeric value for vas, integer and decimal items; otherwise null.</param>
/// <param name="Error">What is wrong and what is allowed; null when valid.</param>
public sealed record ItemValueCheck(string ItemId, bool IsValid, bool IsMissing, string? Normalised, double? Number, string? Error);
