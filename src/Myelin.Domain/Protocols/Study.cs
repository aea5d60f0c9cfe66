namespace Myelin.Domain.Protocols;

/// <summary>The study a protocol describes.</summary>
/// <param name="Id">Short stable id, e.g. <c>k2-7-preliminary</c>: lower-case letters, digits, '-' and '_'.</param>
/// <param name="Title">Full title.</param>
/// <param name="Registration">Trial registry number, e.g. <c>CTRI/2012/08/002930</c>; null when unregistered.</param>
/// <param name="ProtocolVersion">The version label of this protocol text, e.g. <c>1.0</c>.</param>
/// <param name="Design">Single-arm open-label, or randomised with a blinding level.</param>
/// <param name="TargetEnrolment">Number of participants the study plans to enrol (at least 1).</param>
/// <param name="Sites">The recruiting sites (at least one).</param>
public sealed record Study(
    string Id,
    string Title,
    string? Registration,
    string ProtocolVersion,
    StudyDesign Design,
    int TargetEnrolment,
    IReadOnlyList<Site> Sites);
