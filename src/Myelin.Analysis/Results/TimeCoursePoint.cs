namespace Myelin.Analysis.Results;

/// <summary>A group's values at one event.</summary>
/// <param name="Event">Event id.</param>
/// <param name="Day">Due day from enrolment.</param>
/// <param name="Week">Due week (day / 7).</param>
/// <param name="N">Participants with a value.</param>
/// <param name="Mean">Mean value.</param>
/// <param name="Sd">Standard deviation.</param>
/// <param name="Ci">95% t CI of the mean; null when n &lt; 2 or all values are equal.</param>
/// <param name="ChangeN">Participants with a value here and at the baseline event.</param>
/// <param name="ChangeMean">Mean change from the baseline event.</param>
/// <param name="ChangeCi">95% t CI of the mean change; null when it cannot be computed.</param>
public sealed record TimeCoursePoint(
    string Event, int Day, double Week, int N, double Mean, double Sd, IReadOnlyList<double>? Ci,
    int ChangeN, double ChangeMean, IReadOnlyList<double>? ChangeCi);
