namespace Myelin.Domain.Protocols;

/// <summary>A concrete event of the schedule (repeating events already expanded).</summary>
/// <param name="Id">Unique id, e.g. <c>visit-w4</c> or <c>diary-w3</c>.</param>
/// <param name="Label">Display label.</param>
/// <param name="Day">Due day, counted from enrolment (day 0).</param>
/// <param name="Window">Days allowed before and after the due day.</param>
/// <param name="Instruments">Ids of the instruments due.</param>
/// <param name="Period">Treatment or follow-up.</param>
/// <param name="DefinitionId">Id of the <see cref="EventDefinition"/> it came from.</param>
public sealed record ScheduledEvent(
    string Id,
    string Label,
    int Day,
    EventWindow Window,
    IReadOnlyList<string> Instruments,
    PeriodKind Period,
    string DefinitionId)
{
    /// <summary>
    /// The label in the diary languages other than English (for a repeating event with the week in that language,
    /// see <see cref="EventRepeat.OccurrenceLabel"/>); none by default.
    /// </summary>
    public Translations LabelTranslations { get; init; } = Translations.None;

    /// <summary>The label in a diary language, English where the protocol has no translation.</summary>
    public string LabelIn(string language) => LabelTranslations.In(language, Label);

    /// <summary>First day of the window (from enrolment).</summary>
    public int OpensDay => Day - Window.DaysBefore;

    /// <summary>Last day of the window (from enrolment).</summary>
    public int ClosesDay => Day + Window.DaysAfter;

    /// <summary>True when the instrument is due at this event.</summary>
    public bool HasInstrument(string instrumentId) => Instruments.Contains(instrumentId);
}
