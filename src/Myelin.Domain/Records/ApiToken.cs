namespace Myelin.Domain.Records;

/// <summary>
/// A personal access token for scripts: scoped to one study and one role (and optionally one site), owned by a
/// user, stored as the SHA-256 of the secret, revocable and optionally expiring.
/// </summary>
public sealed class ApiToken
{
    private ApiToken(string userId, string name, string tokenHash, string studyId, StudyRole role, string? siteId, DateTimeOffset createdAt, DateTimeOffset? expiresAt)
    {
        UserId = userId;
        Name = name;
        TokenHash = tokenHash;
        StudyId = studyId;
        Role = role;
        SiteId = siteId;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    /// <summary>Database key; 0 until saved.</summary>
    public long Id { get; private set; }

    /// <summary>The owner's user id; the token never grants more than the owner has.</summary>
    public string UserId { get; private set; }

    /// <summary>A name the owner recognises, e.g. <c>nightly export</c>.</summary>
    public string Name { get; private set; }

    /// <summary>SHA-256 of the secret, 64 lower-case hex digits.</summary>
    public string TokenHash { get; private set; }

    /// <summary>The one study the token reaches.</summary>
    public string StudyId { get; private set; }

    /// <summary>The role the token acts with.</summary>
    public StudyRole Role { get; private set; }

    /// <summary>The one site the token reaches; null for every site the owner has.</summary>
    public string? SiteId { get; private set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it stops working (UTC); null for never.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>When it was revoked (UTC); null while it works.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Creates a token record for the hash of a new secret (see <see cref="SecretToken"/>).</summary>
    public static ApiToken Create(string userId, string name, string tokenHash, string studyId, StudyRole role, string? siteId, DateTimeOffset at, DateTimeOffset? expiresAt)
    {
        var created = UtcInstant.Require(at, "creation time of a token");
        if (expiresAt is DateTimeOffset e && UtcInstant.Require(e, "expiry of a token") <= created)
        {
            throw new DomainRuleException($"a token's expiry ({e:O}) must be after its creation ({created:O}).");
        }

        return new ApiToken(
            Guard.Text(userId, "owner of a token", 200),
            Guard.Text(name, "name of a token", 100),
            SecretToken.RequireHash(tokenHash),
            Guard.Id(studyId, "study id of a token"),
            role,
            siteId is null ? null : Guard.Id(siteId, "site id of a token"),
            created,
            expiresAt);
    }

    /// <summary>True when not revoked and not expired at <paramref name="now"/>.</summary>
    public bool WorksAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || now < ExpiresAt);

    /// <summary>Revokes the token.</summary>
    public void Revoke(DateTimeOffset at)
    {
        if (RevokedAt is not null)
        {
            throw new DomainRuleException($"token '{Name}' was already revoked at {RevokedAt:O}.");
        }

        RevokedAt = UtcInstant.Require(at, "revocation time of a token");
    }
}
