namespace Myelin.Domain.Protocols;

/// <summary>One answer of a choice item.</summary>
/// <param name="Code">Stored code, e.g. <c>b12</c>.</param>
/// <param name="Label">Display label, e.g. <c>Vitamin B12 deficiency</c>.</param>
public sealed record Choice(string Code, string Label);
