namespace Myelin.Domain.Protocols;

/// <summary>
/// A repeating event, expanded into one concrete event per occurrence with the id
/// <c>{id}-w{week}</c> (e.g. a weekly diary from week 0 to week 8 gives <c>diary-w0</c> … <c>diary-w8</c>)
/// and the label <c>{label} (week {week})</c>, whose translations get the word for week in their own language.
/// </summary>
/// <param name="EveryWeeks">Weeks between occurrences (at least 1).</param>
/// <param name="FromWeek">Week of the first occurrence, inclusive.</param>
/// <param name="ToWeek">Week of the last occurrence, inclusive when reached by the step.</param>
public sealed record EventRepeat(int EveryWeeks, int FromWeek, int ToWeek)
{
    /// <summary>The weeks at which the event occurs.</summary>
    public IEnumerable<int> Weeks()
    {
        for (var week = FromWeek; week <= ToWeek; week += EveryWeeks)
        {
            yield return week;
        }
    }

    /// <summary>
    /// The label of the occurrence at <paramref name="week"/>: <c>{label} (week {week})</c> in English,
    /// <c>(सप्ताह {week})</c> in Hindi and <c>(आठवडा {week})</c> in Marathi.
    /// </summary>
    public static string OccurrenceLabel(string label, int week, string language) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{label} ({WeekWord(language)} {week})");

    /// <summary>The id of the occurrence at <paramref name="week"/> for the event <paramref name="stem"/>.</summary>
    public static string OccurrenceId(string stem, int week) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stem}-w{week}");

    private static string WeekWord(string language) => language switch
    {
        Records.DiaryLanguage.Hindi => "सप्ताह",
        Records.DiaryLanguage.Marathi => "आठवडा",
        _ => "week",
    };
}
