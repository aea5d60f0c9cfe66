namespace Myelin.Interop.LongCsv;

/// <summary>
/// One row of a long CSV as <see cref="LongCsvReader"/> hands it out: the fields of <see cref="LongRow"/> in a struct,
/// so that reading a file of millions of rows makes no object per row. Repeated texts are the same string instance.
/// </summary>
/// <param name="Line">The 1-based line of the row in its file.</param>
/// <param name="RecordedAt">When the value was entered, as a UTC instant.</param>
public readonly record struct LongRowValues(
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
    int Line)
{
    /// <summary>The same row as a <see cref="LongRow"/>.</summary>
    public LongRow ToLongRow() =>
        new(Participant, Site, Arm, Stratum, Event, Instrument, Item, Value, Unit, RecordedAt, EnteredBy, Source, Line);

    /// <summary>The values of <paramref name="row"/>.</summary>
    public static LongRowValues From(LongRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Participant, row.Site, row.Arm, row.Stratum, row.Event, row.Instrument, row.Item, row.Value, row.Unit,
            row.RecordedAt, row.EnteredBy, row.Source, row.Line);
    }
}
