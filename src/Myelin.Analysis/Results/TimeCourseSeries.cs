namespace Myelin.Analysis.Results;

/// <summary>One group's values over time.</summary>
/// <param name="By"><c>all</c>, <c>stratum</c>, <c>etiology</c> or <c>arm</c>.</param>
/// <param name="Level">The level.</param>
/// <param name="Points">One point per event, in schedule order.</param>
public sealed record TimeCourseSeries(string By, string Level, IReadOnlyList<TimeCoursePoint> Points);
