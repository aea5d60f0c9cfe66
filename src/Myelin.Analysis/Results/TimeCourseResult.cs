namespace Myelin.Analysis.Results;

/// <summary>A variable at every event where its instrument is due, per group (observed cases at each event).</summary>
/// <param name="Instrument">Instrument id.</param>
/// <param name="Variable">Score or item id.</param>
/// <param name="Label">Display label.</param>
/// <param name="BaselineEvent">Event the change is measured from.</param>
/// <param name="Series">One series per group.</param>
public sealed record TimeCourseResult(string Instrument, string Variable, string Label, string BaselineEvent, IReadOnlyList<TimeCourseSeries> Series);
