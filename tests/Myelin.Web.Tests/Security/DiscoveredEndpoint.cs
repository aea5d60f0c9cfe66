using Microsoft.AspNetCore.Routing.Patterns;
using Myelin.Web.Access;

namespace Myelin.Web.Tests.Security;

/// <summary>One endpoint as the running app maps it, with what its authorization metadata asks.</summary>
/// <param name="Pattern">The route pattern.</param>
/// <param name="Methods">The HTTP methods it answers (for a page: GET plus POST when it has a POST handler).</param>
/// <param name="PageHandlers">For a page, the named POST handlers (<c>?handler=name</c>); empty otherwise.</param>
/// <param name="Policies">The policy names of its <c>IAuthorizeData</c>.</param>
/// <param name="RequiresAuthorization">True when it carries any <c>IAuthorizeData</c> (a named policy or the default one).</param>
/// <param name="AllowsAnonymous">True when it carries <c>IAllowAnonymous</c>, which overrides every policy.</param>
/// <param name="IsPage">True for a Razor page.</param>
/// <param name="DisplayName">The endpoint's display name.</param>
internal sealed record DiscoveredEndpoint(
    RoutePattern Pattern,
    IReadOnlyList<string> Methods,
    IReadOnlyList<string> PageHandlers,
    IReadOnlyList<string> Policies,
    bool RequiresAuthorization,
    bool AllowsAnonymous,
    bool IsPage,
    string DisplayName)
{
    /// <summary>The route as written, e.g. <c>/api/v1/studies/{studyId}/participants/{code}</c>.</summary>
    public string Route => "/" + (Pattern.RawText ?? "").TrimStart('/');

    /// <summary>True for the JSON API (token-only staff API and the diary API).</summary>
    public bool IsApi => Route.StartsWith("/api/", StringComparison.Ordinal);

    /// <summary>The study actions its policies require (<see cref="AccessPolicies.For"/>), all of them.</summary>
    public IReadOnlyList<StudyAction> Actions =>
        [.. Enum.GetValues<StudyAction>().Where(a => Policies.Contains(AccessPolicies.For(a)))];

    /// <summary>True when the route names a study.</summary>
    public bool HasStudy => Pattern.GetParameter("studyId") is not null;

    /// <summary>True when the route reaches one participant (its code or a record of it).</summary>
    public bool HasParticipant => HasStudy && Pattern.GetParameter("code") is not null;

    public override string ToString() => $"{string.Join('|', Methods)} {Route}";
}
