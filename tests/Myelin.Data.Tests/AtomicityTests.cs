using Microsoft.EntityFrameworkCore;
using Myelin.Data.Queries;
using Myelin.Data.Tests.Infrastructure;
using Myelin.Domain.Records;

namespace Myelin.Data.Tests;

/// <summary>A save that fails leaves neither records nor change-log rows; the database keeps its uniqueness rules.</summary>
public sealed class AtomicityTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task A_failed_save_leaves_no_records_and_no_log_rows(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        await Seed.ParticipantAsync(store, studyId, "P001");
        var logBefore = await LogCountAsync(store);

        await using (var db = store.NewContext())
        {
            var site = await db.Sites.SingleAsync(s => s.StudyId == studyId);
            var fresh = Participant.Screen(site, "P002", null, TestStore.Start);
            db.Participants.Add(fresh);
            var a = Assessment.Record(fresh, "week-0", "diary", AssessmentSource.Clinic, "alice", TestStore.Start);
            a.SetValue("overall", "8", 8);
            db.Assessments.Add(a);
            db.Participants.Add(Participant.Screen(site, "P001", null, TestStore.Start));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = store.NewContext())
        {
            Assert.Equal(["P001"], await db.Participants.InStudy(studyId).Select(p => p.Code).ToListAsync());
            Assert.False(await db.Assessments.InStudy(studyId).AnyAsync());
        }

        Assert.Equal(logBefore, await LogCountAsync(store));
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task After_a_failed_save_the_changes_are_still_pending_and_can_be_saved_once_fixed(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        await Seed.ParticipantAsync(store, studyId, "P001");
        var logBefore = await LogCountAsync(store);

        await using (var db = store.NewContext())
        {
            var site = await db.Sites.SingleAsync(s => s.StudyId == studyId);
            var good = Participant.Screen(site, "P002", null, TestStore.Start);
            var duplicate = Participant.Screen(site, "P001", null, TestStore.Start);
            db.Participants.AddRange(good, duplicate);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

            db.Entry(duplicate).State = EntityState.Detached;
            await db.SaveChangesAsync();
            Assert.Equal(EntityState.Unchanged, db.Entry(good).State);
        }

        await using (var db = store.NewContext())
        {
            Assert.Equal(["P001", "P002"], await db.Participants.InStudy(studyId).InCodeOrder().Select(p => p.Code).ToListAsync());
            var added = await db.ChangeLog.InOrder().Skip(logBefore).ToListAsync();
            Assert.Equal(["P002"], added.Where(r => r.Field == "Code").Select(r => r.NewValue));
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task A_callers_transaction_covers_several_saves_and_their_log(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var logBefore = await LogCountAsync(store);

        await using (var db = store.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var site = await db.Sites.SingleAsync(s => s.StudyId == studyId);
            db.Participants.Add(Participant.Screen(site, "P001", null, TestStore.Start));
            await db.SaveChangesAsync();
            db.Participants.Add(Participant.Screen(site, "P002", null, TestStore.Start));
            await db.SaveChangesAsync();
            Assert.Equal(2, await db.Participants.InStudy(studyId).CountAsync());
            await transaction.RollbackAsync();
        }

        await using (var db = store.NewContext())
        {
            Assert.False(await db.Participants.InStudy(studyId).AnyAsync());
        }

        Assert.Equal(logBefore, await LogCountAsync(store));
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Participant_codes_are_unique_within_a_study_only(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var first = await Seed.StudyAsync(store);
        var second = await Seed.StudyAsync(store);
        await Seed.ParticipantAsync(store, first, "P001");
        await Seed.ParticipantAsync(store, second, "P001");

        await Assert.ThrowsAsync<DbUpdateException>(() => Seed.ParticipantAsync(store, first, "P001"));

        await using var db = store.NewContext();
        Assert.Equal(1, await db.Participants.InStudy(first).CountAsync());
        Assert.Equal(1, await db.Participants.InStudy(second).CountAsync());
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task An_instrument_is_recorded_once_per_participant_and_event(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var participantId = await Seed.ParticipantAsync(store, studyId);
        await using (var db = store.NewContext())
        {
            var p = await db.Participants.SingleAsync(x => x.Id == participantId);
            db.Assessments.Add(Assessment.Record(p, "week-4", "diary", AssessmentSource.Clinic, "alice", TestStore.Start));
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            var p = await db.Participants.SingleAsync(x => x.Id == participantId);
            db.Assessments.Add(Assessment.Record(p, "week-4", "diary", AssessmentSource.Import, EnteredBy.Import("w4.csv"), TestStore.Start));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task A_participant_at_a_site_the_study_does_not_have_is_refused(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        await using (var db = store.NewContext())
        {
            // A site object that was never saved: the foreign key (study, site) must stop the participant.
            var phantom = Study.Create(studyId, "T", TestStore.Start).AddOrRenameSite("nowhere", "Nowhere");
            db.Participants.Add(Participant.Screen(phantom, "P001", null, TestStore.Start));
            db.Entry(phantom).State = EntityState.Detached;
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = store.NewContext())
        {
            Assert.False(await db.Participants.InStudy(studyId).AnyAsync());
        }
    }

    private static async Task<int> LogCountAsync(TestStore store)
    {
        await using var db = store.NewContext();
        return await db.ChangeLog.CountAsync();
    }
}
