using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Records;

namespace Myelin.Data.Locking;

/// <summary>
/// Refuses a save that changes data under an active <see cref="RecordLock"/>. It runs inside the save's transaction,
/// after the change log's writer lock is taken, so a lock committed by another writer is always seen.
/// Only clinical data are lockable: locks, signatures, diary links, grants and tokens stay changeable, so that a locked
/// casebook can still be signed and unlocked, and access can still be withdrawn.
/// </summary>
internal static class LockGuard
{
    public static void Refuse(MyelinDbContext db, IReadOnlyList<PendingChange> pending)
    {
        var targets = Targets(db, pending);
        if (targets.Count == 0)
        {
            return;
        }

        var studies = targets.Select(t => t.Target.StudyId).Distinct().ToList();
        Check(targets, [.. ActiveLocks(db, studies)]);
    }

    public static async Task RefuseAsync(MyelinDbContext db, IReadOnlyList<PendingChange> pending, CancellationToken cancellationToken)
    {
        var targets = Targets(db, pending);
        if (targets.Count == 0)
        {
            return;
        }

        var studies = targets.Select(t => t.Target.StudyId).Distinct().ToList();
        Check(targets, await ActiveLocks(db, studies).ToListAsync(cancellationToken).ConfigureAwait(false));
    }

    private static IQueryable<RecordLock> ActiveLocks(MyelinDbContext db, List<string> studies) =>
        db.RecordLocks.AsNoTracking().Where(l => studies.Contains(l.StudyId) && l.UnlockedAt == null).OrderBy(l => l.Id);

    private static void Check(List<(PendingChange Change, LockTarget Target)> targets, List<RecordLock> locks)
    {
        if (locks.Count == 0)
        {
            return;
        }

        foreach (var (change, target) in targets)
        {
            var covering = locks.Find(l => l.StudyId == target.StudyId && l.Scope switch
            {
                LockScope.Study => true,
                LockScope.Participant => target.ParticipantId is { } p && l.ParticipantId == p,
                _ => target.AssessmentId is { } a && l.AssessmentId == a,
            });
            if (covering is not null)
            {
                throw new RecordLockedException(covering, change.Describe());
            }
        }
    }

    private static List<(PendingChange Change, LockTarget Target)> Targets(MyelinDbContext db, IReadOnlyList<PendingChange> pending) =>
        [.. pending.Select(p => (Change: p, Target: TargetOf(db, p.Entry))).Where(t => t.Target is not null).Select(t => (t.Change, t.Target!.Value))];

    // What a record belongs to, for the locks that may cover it; null for records no lock covers.
    private static LockTarget? TargetOf(MyelinDbContext db, EntityEntry entry) => entry.Entity switch
    {
        Participant p => new LockTarget(p.StudyId, p.Id, null),
        ScreeningValue v => OfParticipant(db, v.ParticipantId, v.Participant, null),
        Assessment a => OfParticipant(db, a.ParticipantId, a.Participant, a.Id),
        ItemValue i => OfAssessment(db, i.AssessmentId, i.Assessment),
        DoseRecord d => OfParticipant(db, d.ParticipantId, d.Participant, null),
        AdverseEvent e => OfParticipant(db, e.ParticipantId, e.Participant, null),
        _ => null,
    };

    private static LockTarget OfParticipant(MyelinDbContext db, long participantId, Participant? loaded, long? assessmentId)
    {
        var participant = loaded ?? db.Participants.Find(participantId)
            ?? throw new InvalidOperationException($"participant {participantId} does not exist; the change cannot be checked against locks.");
        return new LockTarget(participant.StudyId, participant.Id, assessmentId);
    }

    private static LockTarget OfAssessment(MyelinDbContext db, long assessmentId, Assessment? loaded)
    {
        var assessment = loaded ?? db.Assessments.Find(assessmentId)
            ?? throw new InvalidOperationException($"assessment {assessmentId} does not exist; the change cannot be checked against locks.");
        return OfParticipant(db, assessment.ParticipantId, assessment.Participant, assessment.Id);
    }

    private readonly record struct LockTarget(string StudyId, long? ParticipantId, long? AssessmentId);
}
