namespace Myelin.Web.Api;

/// <summary>A study the token reaches, as listed by <c>GET /api/v1/studies</c>.</summary>
/// <param name="Id">The study id.</param>
/// <param name="Title">The title.</param>
/// <param name="Role">The role the token acts with (e.g. <c>investigator</c>).</param>
/// <param name="Sites">The sites the token reaches (all of the study's when it is not limited to one).</param>
public sealed record StudySummary(string Id, string Title, string Role, IReadOnlyList<SiteView> Sites);
