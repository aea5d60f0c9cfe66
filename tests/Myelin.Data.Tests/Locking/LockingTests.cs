using Microsoft.EntityFrameworkCore;
using Myelin.Data.ChangeLog;
using Myelin.Data.Locking;
using Myelin.Data.Queries;
using Myelin.Data.Tests.Infrastructure;
using Myelin.Domain.Records;

namespace Myelin.Data.Tests.Locking;

/// <summary>Locks refuse changes to what they cover, in the data layer, until unlocked with a reason; the unlock is audited.</summary>
public sealed class LockingTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly ChangeActor Correction = new("nurse.iyer", ChangeChannel.Web, "transcription error");

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task A_casebook_lock_refuses_every_record_of_the_participant_and_no_other(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var (studyId, p1, a1) = await CasebookAsync(store, "P001");
        var (_, p2, _) = await CasebookAsync(store, "P002", studyId);
        await using (var db = store.NewContext(new ChangeActor("dr.rao", ChangeChannel.Web)))
        {
            var l = await db.LockParticipantAsync(await db.Participants.SingleAsync(p => p.Id == p1), "cleaned");
            Assert.Equal((LockScope.Participant, p1, "dr.rao", "cleaned"), (l.Scope, l.ParticipantId, l.LockedBy, l.Reason));
        }

        await Refused(store, async db => (await db.Participants.SingleAsync(p => p.Id == p1)).SetEtiology("t2dm", TestStore.Start), "participant 'P001' (Etiology)");
        await Refused(store, async db => (await db.Participants.FindByCodeAsync(studyId, "P001"))!.RecordScreeningValue("b12", "180", 180, "pg/mL", TestStore.Start), "of participant 'P001'");
        await Refused(store, async db => (await db.Assessments.WithItems().SingleAsync(a => a.Id == a1)).SetValue("overall", "2", 2), "item 'overall' of assessment 'week-1/diary'");
        await Refused(store, async db => db.Assessments.Add(Assessment.Record(await db.Participants.SingleAsync(p => p.Id == p1), "week-2", "diary", AssessmentSource.Clinic, "alice", TestStore.Start)), "assessment 'week-2/diary' of participant 'P001'");
        await Refused(store, async db => db.DoseRecords.Add(DoseRecord.Record(await db.Participants.SingleAsync(p => p.Id == p1), new DateOnly(2026, 3, 4), DoseRecord.Morning, true, "alice", TestStore.Start)), "DoseRecord");

        await using (var db = store.NewContext(Correction))
        {
            (await db.Participants.SingleAsync(p => p.Id == p2)).SetEtiology("t2dm", TestStore.Start);
            await db.SaveChangesAsync();
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task A_form_lock_covers_its_items_only_and_a_study_lock_covers_every_participant(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var (studyId, p1, a1) = await CasebookAsync(store, "P001");
        await using (var db = store.NewContext())
        {
            var l = await db.LockAssessmentAsync(await db.Assessments.SingleAsync(a => a.Id == a1));
            Assert.Equal((LockScope.Assessment, a1, p1), (l.Scope, l.AssessmentId, l.ParticipantId));
        }

        var e = await Refused(store, async db => (await db.Assessments.WithItems().SingleAsync(a => a.Id == a1)).SetValue("overall", "2", 2), "item 'overall' of assessment 'week-1/diary'");
        Assert.Contains("this form is locked", e.Message, StringComparison.Ordinal);
        await using (var db = store.NewContext(Correction))
        {
            (await db.Participants.SingleAsync(p => p.Id == p1)).SetEtiology("t2dm", TestStore.Start);
            await db.SaveChangesAsync();
        }

        var other = await Seed.StudyAsync(store);
        await using (var db = store.NewContext())
        {
            await db.LockStudyAsync(studyId, "final analysis");
            var again = await Assert.ThrowsAsync<DomainRuleException>(() => db.LockStudyAsync(studyId));
            Assert.Contains("already", again.Message, StringComparison.Ordinal);
        }

        var s = await Refused(store, async db => db.Participants.Add(Participant.Screen((await db.Sites.FindAsync(studyId, "site-1"))!, "P009", null, TestStore.Start)), "participant 'P009'");
        Assert.Contains($"study '{studyId}' is locked", s.Message, StringComparison.Ordinal);
        await Seed.ParticipantAsync(store, other, "P009");
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Unlocking_needs_a_reason_is_audited_and_lets_changes_through_again(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var (_, p1, _) = await CasebookAsync(store, "P001");
        long lockId;
        await using (var db = store.NewContext())
        {
            lockId = (await db.LockParticipantAsync(await db.Participants.SingleAsync(p => p.Id == p1))).Id;
            var blank = await Assert.ThrowsAsync<DomainRuleException>(() => db.UnlockAsync(lockId, " "));
            Assert.Contains("reason for unlocking is empty", blank.Message, StringComparison.Ordinal);
        }

        await using (var db = store.NewContext(new ChangeActor("dr.rao", ChangeChannel.Cli)))
        {
            store.Clock.Advance(TimeSpan.FromHours(1));
            var unlocked = await db.UnlockAsync(lockId, "query from the monitor on visit 3");
            Assert.Equal(("dr.rao", "query from the monitor on visit 3"), (unlocked.UnlockedBy, unlocked.UnlockReason));
            Assert.Null(db.Actor!.Reason);
            var rows = await db.ChangeLog.ForRecord("RecordLock", lockId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Where(r => r.Kind == ChangeKind.Modified).ToListAsync();
            Assert.Contains(rows, r => r.Field == "UnlockReason" && r.NewValue == "query from the monitor on visit 3");
            Assert.All(rows, r => Assert.Equal(("dr.rao", "unlock: query from the monitor on visit 3"), (r.Actor, r.Reason)));
            await Assert.ThrowsAsync<DomainRuleException>(() => db.UnlockAsync(lockId, "twice"));
        }

        await using (var db = store.NewContext(Correction))
        {
            (await db.Participants.SingleAsync(p => p.Id == p1)).SetEtiology("t2dm", TestStore.Start);
            await db.SaveChangesAsync();
            Assert.Empty(await db.ActiveLocksAsync((await db.Participants.SingleAsync(p => p.Id == p1)).StudyId, p1));
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task A_lock_taken_by_another_connection_is_seen_by_a_context_loaded_before_it(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var (_, p1, _) = await CasebookAsync(store, "P001");
        await using var early = store.NewContext(Correction);
        var participant = await early.Participants.SingleAsync(p => p.Id == p1);
        await using (var db = store.NewContext())
        {
            await db.LockParticipantAsync(await db.Participants.SingleAsync(p => p.Id == p1));
        }

        participant.SetEtiology("t2dm", TestStore.Start);
        await Assert.ThrowsAsync<RecordLockedException>(() => early.SaveChangesAsync());
    }

    /// <summary>A study (new unless given) with a participant and one saved diary assessment of two items.</summary>
    internal static async Task<(string StudyId, long ParticipantId, long AssessmentId)> CasebookAsync(TestStore store, string code, string? studyId = null)
    {
        studyId ??= await Seed.StudyAsync(store);
        var participantId = await Seed.ParticipantAsync(store, studyId, code);
        await using var db = store.NewContext();
        var a = Assessment.Record(await db.Participants.SingleAsync(p => p.Id == participantId), "week-1", "diary", AssessmentSource.Clinic, "alice", store.Clock.GetUtcNow());
        a.SetValue("overall", "7", 7);
        a.SetValue("cramps", "3", 3);
        db.Assessments.Add(a);
        await db.SaveChangesAsync();
        return (studyId, participantId, a.Id);
    }

    private static async Task<RecordLockedException> Refused(TestStore store, Func<MyelinDbContext, Task> change, string record)
    {
        await using var db = store.NewContext(Correction);
        var before = await db.ChangeLog.CountAsync();
        await change(db);
        var e = await Assert.ThrowsAsync<RecordLockedException>(() => db.SaveChangesAsync());
        Assert.Contains(record, e.Message, StringComparison.Ordinal);
        Assert.EndsWith("cannot be changed; unlock it first, with a reason.", e.Message, StringComparison.Ordinal);
        await using var fresh = store.NewContext();
        Assert.Equal(before, await fresh.ChangeLog.CountAsync());
        return e;
    }
}
