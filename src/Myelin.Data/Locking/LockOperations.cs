using Microsoft.EntityFrameworkCore;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Records;

namespace Myelin.Data.Locking;

/// <summary>
/// Locking, unlocking and signing, for every channel (pages, API, command line). Each operation saves the context as
/// <see cref="MyelinDbContext.Actor"/> (which must be set), writing its own reason into the change log for that one save.
/// While a lock is active, <see cref="MyelinDbContext"/> refuses changes to the data it covers with <see cref="RecordLockedException"/>.
/// </summary>
public static class LockOperations
{
    /// <summary>Locks a whole study: every participant and form in it.</summary>
    /// <param name="db">The database; <see cref="MyelinDbContext.Actor"/> names who locks.</param>
    /// <param name="studyId">The study.</param>
    /// <param name="reason">Why (e.g. "database lock for the final analysis"); optional.</param>
    /// <param name="cancellationToken">Stops the save.</param>
    /// <exception cref="DomainRuleException">The study does not exist or is already locked.</exception>
    public static async Task<RecordLock> LockStudyAsync(this MyelinDbContext db, string studyId, string? reason = null, CancellationToken cancellationToken = default)
    {
        var actor = RequireActor(db);
        if (!await db.Studies.AnyAsync(s => s.Id == studyId, cancellationToken).ConfigureAwait(false))
        {
            throw new DomainRuleException($"study '{studyId}' does not exist; nothing was locked.");
        }

        var existing = await db.RecordLocks.AsNoTracking()
            .FirstOrDefaultAsync(l => l.StudyId == studyId && l.Scope == LockScope.Study && l.UnlockedAt == null, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            throw new DomainRuleException($"{existing.Describe()} already (lock {existing.Id}).");
        }

        var recordLock = RecordLock.ForStudy(studyId, actor.User, reason, db.Clock.GetUtcNow());
        db.RecordLocks.Add(recordLock);
        await SaveWithReasonAsync(db, LockReason(reason), cancellationToken).ConfigureAwait(false);
        return recordLock;
    }

    /// <summary>Locks one participant's casebook: the participant, screening values, assessments with their items, doses and adverse events.</summary>
    /// <exception cref="DomainRuleException">The participant is not saved or its casebook is already locked.</exception>
    public static async Task<RecordLock> LockParticipantAsync(this MyelinDbContext db, Participant participant, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var actor = RequireActor(db);
        if (participant.Id == 0)
        {
            throw new DomainRuleException($"participant '{participant.Code}' must be saved before the casebook is locked.");
        }

        var existing = await db.RecordLocks.AsNoTracking()
            .FirstOrDefaultAsync(l => l.ParticipantId == participant.Id && l.Scope == LockScope.Participant && l.UnlockedAt == null, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            throw new DomainRuleException($"participant '{participant.Code}': {existing.Describe()} already (lock {existing.Id}).");
        }

        var recordLock = RecordLock.ForParticipant(participant, actor.User, reason, db.Clock.GetUtcNow());
        db.RecordLocks.Add(recordLock);
        await SaveWithReasonAsync(db, LockReason(reason), cancellationToken).ConfigureAwait(false);
        return recordLock;
    }

    /// <summary>Locks one form: an assessment and its item values. The assessment's participant is loaded when it is not.</summary>
    /// <exception cref="DomainRuleException">The assessment is not saved or is already locked.</exception>
    public static async Task<RecordLock> LockAssessmentAsync(this MyelinDbContext db, Assessment assessment, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var actor = RequireActor(db);
        if (assessment.Id == 0)
        {
            throw new DomainRuleException($"assessment '{assessment.EventId}/{assessment.InstrumentId}' must be saved before it is locked.");
        }

        if (db.Entry(assessment).Reference(a => a.Participant) is { IsLoaded: false } participant)
        {
            await participant.LoadAsync(cancellationToken).ConfigureAwait(false);
        }

        var existing = await db.RecordLocks.AsNoTracking()
            .FirstOrDefaultAsync(l => l.AssessmentId == assessment.Id && l.Scope == LockScope.Assessment && l.UnlockedAt == null, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            throw new DomainRuleException($"assessment '{assessment.EventId}/{assessment.InstrumentId}': {existing.Describe()} already (lock {existing.Id}).");
        }

        var recordLock = RecordLock.ForAssessment(assessment, actor.User, reason, db.Clock.GetUtcNow());
        db.RecordLocks.Add(recordLock);
        await SaveWithReasonAsync(db, LockReason(reason), cancellationToken).ConfigureAwait(false);
        return recordLock;
    }

    /// <summary>Unlocks, with the reason; the unlock is written to the change log with that reason.</summary>
    /// <param name="db">The database; <see cref="MyelinDbContext.Actor"/> names who unlocks.</param>
    /// <param name="lockId">The lock's database id.</param>
    /// <param name="reason">Why it is unlocked (required), e.g. "query from the monitor on visit 3".</param>
    /// <param name="cancellationToken">Stops the save.</param>
    /// <exception cref="DomainRuleException">The lock does not exist, is already unlocked, or the reason is empty.</exception>
    public static async Task<RecordLock> UnlockAsync(this MyelinDbContext db, long lockId, string reason, CancellationToken cancellationToken = default)
    {
        var actor = RequireActor(db);
        var recordLock = await db.RecordLocks.FirstOrDefaultAsync(l => l.Id == lockId, cancellationToken).ConfigureAwait(false)
            ?? throw new DomainRuleException($"lock {lockId} does not exist.");
        recordLock.Unlock(actor.User, reason, db.Clock.GetUtcNow());
        await SaveWithReasonAsync(db, "unlock: " + recordLock.UnlockReason, cancellationToken).ConfigureAwait(false);
        return recordLock;
    }

    /// <summary>The active locks that cover a participant's data: the study's lock, the casebook's, and its forms' locks.</summary>
    public static Task<List<RecordLock>> ActiveLocksAsync(this MyelinDbContext db, string studyId, long participantId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.RecordLocks.AsNoTracking()
            .Where(l => l.StudyId == studyId && l.UnlockedAt == null && (l.Scope == LockScope.Study || l.ParticipantId == participantId))
            .OrderBy(l => l.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Signs a participant's casebook (21 CFR 11.50, 11.70): records the signer, the printed name, the meaning and the
    /// study's audit-trail end at this moment (sequence and hash), so that later changes show the signature is stale
    /// and <c>audit verify</c> can check the signed position is still in the chain. The caller has re-authenticated
    /// the signer (password entered again).
    /// </summary>
    /// <param name="db">The database; <see cref="MyelinDbContext.Actor"/> names who saves.</param>
    /// <param name="participant">The saved participant.</param>
    /// <param name="user">The signer's user name.</param>
    /// <param name="name">The signer's printed name.</param>
    /// <param name="meaning">What the signature means, e.g. "I have reviewed this casebook and confirm the data are complete and accurate".</param>
    /// <param name="cancellationToken">Stops the save.</param>
    public static async Task<Signature> SignCasebookAsync(this MyelinDbContext db, Participant participant, string user, string name, string meaning, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(participant);
        RequireActor(db);
        if (participant.Id == 0)
        {
            throw new DomainRuleException($"participant '{participant.Code}' must be saved before the casebook is signed.");
        }

        // Read before this save appends its own rows: the signature vouches for the chain up to here.
        var end = await db.ChangeLog.AsNoTracking().Where(e => e.StudyId == participant.StudyId).OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var signature = Signature.Sign(participant, user, name, meaning, end?.Sequence ?? 0, end?.Hash ?? string.Empty, db.Clock.GetUtcNow());
        db.Signatures.Add(signature);
        await SaveWithReasonAsync(db, "casebook signed", cancellationToken).ConfigureAwait(false);
        return signature;
    }

    /// <summary>
    /// The participant's signatures, newest first, each with whether it is stale: a signature is stale once the
    /// participant's clinical data changed after the audit-trail position it covers.
    /// </summary>
    public static async Task<IReadOnlyList<SignatureStatus>> SignaturesAsync(this MyelinDbContext db, string studyId, long participantId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var signatures = await db.Signatures.AsNoTracking().Where(s => s.StudyId == studyId && s.ParticipantId == participantId)
            .OrderByDescending(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (signatures.Count == 0)
        {
            return [];
        }

        var history = (await db.ParticipantHistoryAsync(studyId, participantId, cancellationToken).ConfigureAwait(false))
            .Where(r => r.IsClinicalData()).ToList();
        return [.. signatures.Select(s => new SignatureStatus(s, history.Find(r => r.Sequence > s.AuditSequence)))];
    }

    private static string LockReason(string? reason) => string.IsNullOrWhiteSpace(reason) ? "lock" : "lock: " + reason.Trim();

    private static ChangeActor RequireActor(MyelinDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Actor ?? throw new InvalidOperationException("Set MyelinDbContext.Actor (who locks, unlocks or signs) before calling a lock operation.");
    }

    private static async Task SaveWithReasonAsync(MyelinDbContext db, string reason, CancellationToken cancellationToken)
    {
        var actor = db.Actor!;
        db.Actor = actor with { Reason = reason };
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            db.Actor = actor;
        }
    }
}
