using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Records;

namespace Myelin.Data.ChangeLog;

/// <summary>
/// Checks positions recorded outside the chain against it: a head an auditor wrote down (<c>--expect-head</c>) and the
/// position each casebook signature covers. A chain can only be walked from its start, so rows cut from its end, or a
/// chain rewritten with fresh hashes from some row on, leave no trace inside it; a recorded position still finds them.
/// </summary>
public static class ChainAnchors
{
    /// <summary>
    /// Whether entry <paramref name="sequence"/> of the study's chain still has <paramref name="hash"/>; the problem, naming
    /// <paramref name="what"/> recorded it, or null when it does. Sequence 0 with an empty hash stands for the empty chain.
    /// </summary>
    /// <param name="db">The database.</param>
    /// <param name="verified">The chain's verification (intact or not): its last intact entry bounds what can be checked.</param>
    /// <param name="sequence">The recorded sequence number.</param>
    /// <param name="hash">The recorded hash (64 lower-case hex digits).</param>
    /// <param name="what">Who recorded it, e.g. "the expected head" or "signature 3 (dr.rao, 2026-03-02)".</param>
    /// <param name="cancellationToken">Stops the query.</param>
    public static async Task<string?> CheckAsync(this MyelinDbContext db, ChangeLogVerification verified, long sequence, string hash, string what, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(verified);
        if (sequence == 0)
        {
            return hash.Length == 0 ? null : $"{what} records entry #0, which only the empty chain has, with hash {hash}.";
        }

        if (sequence > verified.LastSequence)
        {
            return verified.Intact
                ? $"{what} records entry #{sequence}, but the chain ends at #{verified.LastSequence}: entries up to #{sequence} were removed from its end."
                : $"{what} records entry #{sequence}, beyond the chain's first break at #{verified.FirstBrokenSequence}.";
        }

        var stored = await db.ChangeLog.AsNoTracking().Where(e => e.StudyId == verified.StudyId && e.Sequence == sequence)
            .Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return stored == hash
            ? null
            : $"{what} records entry #{sequence} with hash {hash}, but the chain holds {stored} there: the trail was rewritten from that entry or before it.";
    }

    /// <summary>Checks every signature of the study against the chain; one problem per signature whose position is gone.</summary>
    public static async Task<IReadOnlyList<string>> CheckSignaturesAsync(this MyelinDbContext db, ChangeLogVerification verified, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(verified);
        var signatures = await db.Signatures.AsNoTracking().Where(s => s.StudyId == verified.StudyId).OrderBy(s => s.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var problems = new List<string>();
        foreach (var s in signatures)
        {
            if (await db.CheckAsync(verified, s.AuditSequence, s.AuditHash, Name(s), cancellationToken).ConfigureAwait(false) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    /// <summary>How a signature is named in messages: id, participant id, signer and time.</summary>
    public static string Name(Signature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return $"signature {signature.Id} (participant {signature.ParticipantId}, {signature.SignedBy}, {signature.SignedAt:yyyy-MM-dd'T'HH:mm:ss'Z'})";
    }
}
