using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Security;

/// <summary>
/// Someone who asks: a role at site A, the all-sites investigator, a user with no grant, the system administrator
/// or nobody. Pages are asked with <see cref="Session"/> (a signed-in cookie), the API with <see cref="Token"/>.
/// </summary>
/// <param name="Name">Short name for the matrix's column.</param>
/// <param name="Role">The study role; null for no grant and anonymous.</param>
/// <param name="AllSites">True when the grant covers every site.</param>
/// <param name="SystemAdministrator">True for the platform's administrator.</param>
/// <param name="Session">The signed-in session; null for anonymous.</param>
/// <param name="Token">The personal access token; null for anonymous.</param>
/// <param name="CookieOnApi">True for the column that sends a staff cookie to the API, which must not count.</param>
internal sealed record Principal(string Name, StudyRole? Role, bool AllSites, bool SystemAdministrator, StaffSession? Session, string? Token, bool CookieOnApi = false)
{
    /// <summary>True for nobody signed in.</summary>
    public bool Anonymous => Session is null && Token is null;
}
