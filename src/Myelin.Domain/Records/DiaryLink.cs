namespace Myelin.Domain.Records;

/// <summary>
/// A participant's personal diary link <c>/d/{token}</c>. Only the SHA-256 of the token is kept, so the link is
/// shown once, when issued; a leaked database does not reveal working links. A link stops working when revoked.
/// </summary>
public sealed class DiaryLink
{
    private DiaryLink(string studyId, long participantId, string tokenHash, string issuedBy, DateTimeOffset issuedAt)
    {
        StudyId = studyId;
        ParticipantId = participantId;
        TokenHash = tokenHash;
        IssuedBy = issuedBy;
        IssuedAt = issuedAt;
    }

    /// <summary>Database key; 0 until saved.</summary>
    public long Id { get; private set; }

    /// <summary>The participant's study.</summary>
    public string StudyId { get; private set; }

    /// <summary>The participant's database key.</summary>
    public long ParticipantId { get; private set; }

    /// <summary>SHA-256 of the token, 64 lower-case hex digits.</summary>
    public string TokenHash { get; private set; }

    /// <summary>Who issued it.</summary>
    public string IssuedBy { get; private set; }

    /// <summary>When it was issued (UTC).</summary>
    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>When it was revoked (UTC); null while it works.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Who revoked it; null while it works.</summary>
    public string? RevokedBy { get; private set; }

    /// <summary>True until revoked.</summary>
    public bool Active => RevokedAt is null;

    /// <summary>Issues a link for a saved participant.</summary>
    /// <param name="participant">The participant (saved, so it has an id).</param>
    /// <param name="tokenHash">SHA-256 of the token (see <see cref="SecretToken"/>).</param>
    /// <param name="issuedBy">Who issues it.</param>
    /// <param name="at">When (UTC).</param>
    public static DiaryLink Issue(Participant participant, string tokenHash, string issuedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(participant);
        if (participant.Id == 0)
        {
            throw new DomainRuleException($"participant '{participant.Code}' must be saved before a diary link is issued.");
        }

        return new DiaryLink(participant.StudyId, participant.Id, SecretToken.RequireHash(tokenHash), Guard.Text(issuedBy, "'issued by' of a diary link", 200), UtcInstant.Require(at, "issue time of a diary link"));
    }

    /// <summary>Revokes the link; revoking twice is refused.</summary>
    public void Revoke(string by, DateTimeOffset at)
    {
        if (!Active)
        {
            throw new DomainRuleException($"diary link {Id} was already revoked at {RevokedAt:O} by {RevokedBy}.");
        }

        RevokedBy = Guard.Text(by, "'revoked by' of a diary link", 200);
        RevokedAt = UtcInstant.Require(at, "revocation time of a diary link");
    }
}
