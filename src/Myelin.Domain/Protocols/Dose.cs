namespace Myelin.Domain.Protocols;

/// <summary>One administration's dose.</summary>
/// <param name="Amount">Positive amount, e.g. 100.</param>
/// <param name="Unit">Unit as written in the protocol, e.g. <c>mcg</c> (one of the units <see cref="ProtocolLoader"/> documents).</param>
public sealed record Dose(double Amount, string Unit);
