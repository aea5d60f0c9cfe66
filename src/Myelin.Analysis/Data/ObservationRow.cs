namespace Myelin.Analysis.Data;

/// <summary>
/// One recorded value as the analysis reads it: a row of the long CSV (docs/data-formats.md) or of the database.
/// Site, arm and stratum describe the participant and must agree across the participant's rows; an empty string
/// counts as absent.
/// </summary>
/// <param name="Participant">Participant code within the study, e.g. <c>P001</c>.</param>
/// <param name="Site">Site id, or null/empty when not given.</param>
/// <param name="Arm">Arm code, or null/empty (single-arm studies may leave it out).</param>
/// <param name="Stratum">Severity stratum code given at enrolment, or null/empty (then derived from the protocol's bands).</param>
/// <param name="Event">Schedule event id, or <c>screening</c> for screening values.</param>
/// <param name="Instrument">Instrument id.</param>
/// <param name="Item">Item id within the instrument.</param>
/// <param name="Value">The value as text, checked against the item's type and range.</param>
/// <param name="RecordedAt">When the value was entered; its UTC date is the visit date for window checks.</param>
/// <param name="Line">Line (or row) number reported with any problem; 0 when unknown.</param>
public readonly record struct ObservationRow(
    string Participant,
    string? Site,
    string? Arm,
    string? Stratum,
    string Event,
    string Instrument,
    string Item,
    string Value,
    DateTimeOffset RecordedAt,
    int Line);
