using System.Net;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Workspace;

internal static class WorkspaceAsserts
{
    /// <summary>A page refused by a policy: the sign-in cookie sends the user to /denied, which answers 403.</summary>
    public static async Task AssertForbiddenAsync(StaffSession session, string url)
    {
        var response = await session.Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString;
        Assert.StartsWith("/denied", location, StringComparison.Ordinal);
        await session.GetPageAsync(location);
        Assert.Equal(HttpStatusCode.Forbidden, session.LastStatus);
    }
}
