namespace Myelin.Domain.Protocols;

/// <summary>Severity strata from a baseline score, e.g. moderate/severe on the overall VAS (Kulkarni et al.).</summary>
/// <param name="Instrument">Instrument holding the score.</param>
/// <param name="Score">Score id (or item id) within the instrument.</param>
/// <param name="Event">The baseline event at which the score is read.</param>
/// <param name="Bands">Contiguous, non-overlapping bands in ascending order.</param>
public sealed record SeverityStratification(
    string Instrument,
    string Score,
    string Event,
    IReadOnlyList<SeverityBand> Bands);
