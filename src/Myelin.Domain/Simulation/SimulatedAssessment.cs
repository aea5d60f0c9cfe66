namespace Myelin.Domain.Simulation;

/// <summary>One completed instrument at one event, with its item values as text (as a form would send them).</summary>
public sealed record SimulatedAssessment(
    string Event,
    string Instrument,
    DateTimeOffset RecordedAt,
    IReadOnlyList<KeyValuePair<string, string>> Values);
