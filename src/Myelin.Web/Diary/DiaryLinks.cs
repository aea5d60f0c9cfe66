using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Domain.Records;

namespace Myelin.Web.Diary;

/// <summary>
/// Issuing and revoking diary links. A participant has at most one working link: issuing a new one revokes the
/// previous. The token is returned once and never stored; only its hash is. The caller sets
/// <see cref="MyelinDbContext.Actor"/> (with a reason, since a revocation changes a saved record) and saves.
/// </summary>
public static class DiaryLinks
{
    /// <summary>The reason recorded when links are revoked because a new one is issued.</summary>
    public const string ReplacedReason = "diary link revoked: a new link was issued";

    /// <summary>The reason recorded when staff revoke a link.</summary>
    public const string RevokedReason = "diary link revoked";

    /// <summary>The path of a diary link, <c>/d/{token}</c>.</summary>
    public static string PathOf(string token) => "/d/" + token;

    /// <summary>Revokes the participant's working links and issues a new one; returns the new token (256 random bits, base64url).</summary>
    public static async Task<string> IssueAsync(MyelinDbContext db, Participant participant, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(participant);
        await RevokeAsync(db, participant, by, at, cancellationToken).ConfigureAwait(false);
        var token = SecretToken.New();
        db.DiaryLinks.Add(DiaryLink.Issue(participant, SecretToken.Hash(token), by, at));
        return token;
    }

    /// <summary>Revokes the participant's working links; returns how many there were.</summary>
    public static async Task<int> RevokeAsync(MyelinDbContext db, Participant participant, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(participant);
        var active = await db.DiaryLinks.Where(l => l.ParticipantId == participant.Id && l.RevokedAt == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var link in active)
        {
            link.Revoke(by, at);
        }

        return active.Count;
    }

    /// <summary>The participant's working link, or null.</summary>
    public static Task<DiaryLink?> ActiveAsync(MyelinDbContext db, long participantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.DiaryLinks.AsNoTracking().Where(l => l.ParticipantId == participantId && l.RevokedAt == null)
            .OrderByDescending(l => l.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
