namespace Myelin.Domain.Records;

/// <summary>
/// One user's role in one study, at one site or (when <see cref="SiteId"/> is null) at every site of the study.
/// A user sees only the studies and sites granted here; system administrators see everything.
/// </summary>
public sealed class StudyGrant
{
    private StudyGrant(string userId, string studyId, StudyRole role, string? siteId, string grantedBy, DateTimeOffset grantedAt)
    {
        UserId = userId;
        StudyId = studyId;
        Role = role;
        SiteId = siteId;
        GrantedBy = grantedBy;
        GrantedAt = grantedAt;
    }

    /// <summary>Database key; 0 until saved.</summary>
    public long Id { get; private set; }

    /// <summary>The user's id (the identity store's key).</summary>
    public string UserId { get; private set; }

    /// <summary>The study.</summary>
    public string StudyId { get; private set; }

    /// <summary>The role in that study.</summary>
    public StudyRole Role { get; private set; }

    /// <summary>The one site the grant covers; null for every site of the study.</summary>
    public string? SiteId { get; private set; }

    /// <summary>Who granted it.</summary>
    public string GrantedBy { get; private set; }

    /// <summary>When it was granted (UTC).</summary>
    public DateTimeOffset GrantedAt { get; private set; }

    /// <summary>Grants a role in a study, at one site or at all.</summary>
    /// <exception cref="DomainRuleException">An id is malformed or the time is not UTC.</exception>
    public static StudyGrant Give(string userId, string studyId, StudyRole role, string? siteId, string grantedBy, DateTimeOffset at) =>
        new(
            Guard.Text(userId, "user id of a grant", 200),
            Guard.Id(studyId, "study id of a grant"),
            role,
            siteId is null ? null : Guard.Id(siteId, "site id of a grant"),
            Guard.Text(grantedBy, "'granted by' of a grant", 200),
            UtcInstant.Require(at, "time of a grant"));

    /// <summary>True when the grant covers the site (a grant without a site covers every site).</summary>
    public bool Covers(string siteId) => SiteId is null || SiteId == siteId;
}
