using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Domain.Records;

namespace Myelin.Web.Access;

/// <summary>
/// The current request's access to studies, read once per request from the grants (or the personal access token)
/// of the signed-in principal. Every page and endpoint asks here; queries narrow by <see cref="StudyScope"/> through
/// <see cref="ScopedQueries"/>.
/// </summary>
public sealed class StudyAccess(MyelinDbContext db, IHttpContextAccessor http)
{
    private Dictionary<string, StudyScope>? _scopes;

    /// <summary>The signed-in principal (anonymous when nobody is).</summary>
    public ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    /// <summary>The signed-in user's id; null when nobody is signed in.</summary>
    public string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The signed-in user's name as the audit trail records it: the user name, or <c>token:&lt;id&gt;:&lt;user&gt;</c> for a token.</summary>
    public string ActorName =>
        User.FindFirstValue(MyelinClaims.TokenId) is { } token
            ? $"token:{token}:{User.Identity?.Name}"
            : User.Identity?.Name ?? "anonymous";

    /// <summary>Every study the principal reaches, with what it may do there.</summary>
    public async Task<IReadOnlyDictionary<string, StudyScope>> ScopesAsync(CancellationToken cancellationToken = default)
    {
        if (_scopes is not null)
        {
            return _scopes;
        }

        _scopes = [];
        if (UserId is not { } userId)
        {
            return _scopes;
        }

        if (User.FindFirstValue(MyelinClaims.TokenStudy) is { } tokenStudy)
        {
            var role = Enum.Parse<StudyRole>(User.FindFirstValue(MyelinClaims.TokenRole)!);
            var site = User.FindFirstValue(MyelinClaims.TokenSite);
            _scopes[tokenStudy] = new StudyScope(tokenStudy, new HashSet<StudyRole> { role }, site is null, site is null ? new HashSet<string>() : new HashSet<string> { site });
            return _scopes;
        }

        if (User.HasClaim(MyelinClaims.Administrator, "true"))
        {
            foreach (var id in await db.Studies.AsNoTracking().Select(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                _scopes[id] = new StudyScope(id, new HashSet<StudyRole> { StudyRole.Administrator }, true, new HashSet<string>());
            }

            return _scopes;
        }

        var grants = await db.StudyGrants.AsNoTracking().Where(g => g.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var study in grants.GroupBy(g => g.StudyId))
        {
            _scopes[study.Key] = new StudyScope(
                study.Key,
                study.Select(g => g.Role).ToHashSet(),
                study.Any(g => g.SiteId is null),
                study.Where(g => g.SiteId is not null).Select(g => g.SiteId!).ToHashSet());
        }

        return _scopes;
    }

    /// <summary>The principal's scope in one study; null when it has no access to it.</summary>
    public async Task<StudyScope?> ScopeAsync(string studyId, CancellationToken cancellationToken = default) =>
        (await ScopesAsync(cancellationToken).ConfigureAwait(false)).GetValueOrDefault(studyId);

    /// <summary>True when the principal may do <paramref name="permission"/> in the study.</summary>
    public async Task<bool> CanAsync(string studyId, StudyAction permission, CancellationToken cancellationToken = default) =>
        (await ScopeAsync(studyId, cancellationToken).ConfigureAwait(false))?.Can(permission) == true;
}
