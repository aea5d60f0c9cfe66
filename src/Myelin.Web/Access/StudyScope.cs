using Myelin.Domain.Records;

namespace Myelin.Web.Access;

/// <summary>
/// What the current user may do in one study: their role(s) and the sites they reach.
/// <see cref="AllSites"/> is true when any grant covers every site.
/// </summary>
/// <param name="StudyId">The study.</param>
/// <param name="Roles">The roles granted in it (a system administrator counts as <see cref="StudyRole.Administrator"/>).</param>
/// <param name="AllSites">True when the user reaches every site of the study.</param>
/// <param name="Sites">The sites reached when <paramref name="AllSites"/> is false.</param>
public sealed record StudyScope(string StudyId, IReadOnlySet<StudyRole> Roles, bool AllSites, IReadOnlySet<string> Sites)
{
    /// <summary>True when any of the roles has the permission.</summary>
    public bool Can(StudyAction permission) => Roles.Any(r => RolePermissions.Allows(r, permission));

    /// <summary>True when the site is reached.</summary>
    public bool Reaches(string siteId) => AllSites || Sites.Contains(siteId);

    /// <summary>The strongest role, for display.</summary>
    public StudyRole MainRole => Roles.Min();
}
