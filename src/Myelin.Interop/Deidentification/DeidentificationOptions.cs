using Myelin.Interop.LongCsv;

namespace Myelin.Interop.Deidentification;

/// <summary>How <see cref="Deidentifier"/> treats a study's rows.</summary>
public sealed class DeidentificationOptions
{
    /// <summary>
    /// The largest date shift in days (default 182, about six months): each participant's dates move by one whole
    /// number of days drawn uniformly from [-N, -1] and [1, N] (never 0, which would keep the real dates). Half a year hides the calendar date and the season of enrolment
    /// while every interval inside a participant's record (study day, visit windows, change from baseline) is kept.
    /// </summary>
    public int MaxShiftDays { get; init; } = 182;

    /// <summary>
    /// Rows whose value is free text (protocol items of type <c>text</c>, notes): they are dropped, since free text
    /// may carry names, places and dates that no rule can find. By default no row is free text.
    /// </summary>
    public Func<LongRow, bool> IsFreeText { get; init; } = static _ => false;
}
