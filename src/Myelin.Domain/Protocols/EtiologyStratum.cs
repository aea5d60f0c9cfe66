namespace Myelin.Domain.Protocols;

/// <summary>An etiology stratum.</summary>
/// <param name="Code">Stratum code, e.g. <c>b12</c>.</param>
/// <param name="Label">Display label.</param>
/// <param name="Values">Choice codes of the etiology item that fall in this stratum.</param>
public sealed record EtiologyStratum(string Code, string Label, IReadOnlyList<string> Values);
