namespace Myelin.Web.Api;

/// <summary>One study with its current protocol version.</summary>
/// <param name="Id">The study id.</param>
/// <param name="Title">The title.</param>
/// <param name="Registration">The trial registry number, or null.</param>
/// <param name="Design"><c>single-arm-open-label</c> or <c>randomised</c>.</param>
/// <param name="TargetEnrolment">The planned number of participants.</param>
/// <param name="ProtocolVersion">The stored version number of the current protocol (1 for the first).</param>
/// <param name="ProtocolLabel">The version label written in the protocol (e.g. <c>1.0</c>).</param>
/// <param name="ProtocolSha256">SHA-256 of the current protocol's text, 64 hex digits.</param>
/// <param name="Arms">The arm codes.</param>
/// <param name="Sites">The sites the token reaches.</param>
public sealed record StudyView(
    string Id,
    string Title,
    string? Registration,
    string Design,
    int TargetEnrolment,
    int ProtocolVersion,
    string ProtocolLabel,
    string ProtocolSha256,
    IReadOnlyList<string> Arms,
    IReadOnlyList<SiteView> Sites);
