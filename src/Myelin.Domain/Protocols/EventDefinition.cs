namespace Myelin.Domain.Protocols;

/// <summary>A schedule entry as written in the protocol file.</summary>
/// <param name="Id">Event id; for a repeating event, the stem of the expanded ids.</param>
/// <param name="Label">Display label.</param>
/// <param name="Day">Day offset from enrolment (day 0); null for a repeating event.</param>
/// <param name="Repeat">Repetition; null for a single event.</param>
/// <param name="Window">Days allowed before and after the due day.</param>
/// <param name="Instruments">Ids of the instruments due at the event.</param>
/// <param name="Period">The period set in the file, or null to take it from the day.</param>
public sealed record EventDefinition(
    string Id,
    string Label,
    int? Day,
    EventRepeat? Repeat,
    EventWindow Window,
    IReadOnlyList<string> Instruments,
    PeriodKind? Period)
{
    /// <summary>The label in the diary languages other than English; none by default.</summary>
    public Translations LabelTranslations { get; init; } = Translations.None;
}
