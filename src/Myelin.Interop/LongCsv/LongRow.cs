namespace Myelin.Interop.LongCsv;

/// <summary>
/// One value of the long format: one row per participant × event × instrument × item.
/// Site, arm and stratum describe the participant; on import they must agree with what is stored.
/// </summary>
/// <param name="Line">The 1-based line of the row in its file, 0 for rows not read from a file.</param>
/// <param name="RecordedAt">When the value was entered, as a UTC instant.</param>
public sealed record LongRow(
    string Participant,
    string Site,
    string Arm,
    string Stratum,
    string Event,
    string Instrument,
    string Item,
    string Value,
    string Unit,
    DateTimeOffset RecordedAt,
    string EnteredBy,
    string Source,
    int Line = 0);
