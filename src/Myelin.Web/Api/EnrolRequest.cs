namespace Myelin.Web.Api;

/// <summary>The body of <c>POST …/participants/{code}/enrol</c>.</summary>
/// <param name="Arm">Leave it out: a single-arm study has one arm, and a randomised study's arm comes from the allocation sequence (sending one is refused).</param>
/// <param name="EnrolledOn">Day 0 of the schedule; today (UTC) when left out.</param>
public sealed record EnrolRequest(string? Arm, DateOnly? EnrolledOn);
