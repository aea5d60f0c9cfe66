namespace Myelin.Domain.Records;

/// <summary>
/// An investigator's electronic signature of a participant's casebook (21 CFR 11.50): who signed, when, what the
/// signature means, and the audit-trail position it covers, so that any later change shows the signature is stale.
/// </summary>
public sealed class Signature
{
    private Signature(string studyId, long participantId, string signedBy, string signerName, string meaning, long auditSequence, string auditHash, DateTimeOffset signedAt)
    {
        StudyId = studyId;
        ParticipantId = participantId;
        SignedBy = signedBy;
        SignerName = signerName;
        Meaning = meaning;
        AuditSequence = auditSequence;
        AuditHash = auditHash;
        SignedAt = signedAt;
    }

    /// <summary>Database key; 0 until saved.</summary>
    public long Id { get; private set; }

    /// <summary>The study.</summary>
    public string StudyId { get; private set; }

    /// <summary>The participant whose casebook is signed.</summary>
    public long ParticipantId { get; private set; }

    /// <summary>The signer's user name.</summary>
    public string SignedBy { get; private set; }

    /// <summary>The signer's printed name at the time of signing.</summary>
    public string SignerName { get; private set; }

    /// <summary>What the signature means, e.g. "I have reviewed the data in this casebook and confirm it is complete and accurate".</summary>
    public string Meaning { get; private set; }

    /// <summary>The study's last audit-trail sequence number at signing: entries after it are not covered.</summary>
    public long AuditSequence { get; private set; }

    /// <summary>The hash of that audit entry; <c>audit verify</c> checks it is still in the chain.</summary>
    public string AuditHash { get; private set; }

    /// <summary>When it was signed (UTC).</summary>
    public DateTimeOffset SignedAt { get; private set; }

    /// <summary>Records a signature; the caller has re-authenticated the signer.</summary>
    public static Signature Sign(Participant participant, string signedBy, string signerName, string meaning, long auditSequence, string auditHash, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(auditHash);
        return new Signature(
            participant.StudyId,
            participant.Id,
            Guard.Text(signedBy, "signer", 200),
            Guard.Text(signerName, "signer's name", 200),
            Guard.Text(meaning, "meaning of the signature", 500),
            auditSequence,
            auditHash,
            UtcInstant.Require(at, "signing time"));
    }
}
