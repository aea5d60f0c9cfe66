namespace Myelin.Web.Tests.Security;

/// <summary>A seeded participant with one of each record, and the ids the routes need.</summary>
/// <param name="Code">The participant code.</param>
/// <param name="Site">The site id.</param>
/// <param name="Id">The database id.</param>
/// <param name="AssessmentId">A clinic assessment's id.</param>
/// <param name="AdverseEventId">An adverse event's id.</param>
/// <param name="DiaryToken">A working diary link.</param>
internal sealed record SeededParticipant(string Code, string Site, long Id, long AssessmentId, long AdverseEventId, string DiaryToken);
