using Microsoft.EntityFrameworkCore;
using Myelin.Data.ChangeLog;
using Myelin.Data.Queries;
using Myelin.Data.Tests.Infrastructure;
using Myelin.Domain.Records;

namespace Myelin.Data.Tests;

/// <summary>Deleting a record with children logs every child; children that were not loaded stop the delete.</summary>
public sealed class DeletionTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Deleting_a_participant_logs_its_screening_values_too(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        await using (var db = store.NewContext())
        {
            var site = await db.Sites.SingleAsync(s => s.StudyId == studyId);
            var p = Participant.Screen(site, "P009", null, TestStore.Start);
            p.RecordScreeningValue("serum-b12", "150", 150, "pg/mL", TestStore.Start);
            p.RecordScreeningValue("baseline-vas", "8", 8, null, TestStore.Start);
            db.Participants.Add(p);

            // The synchronous save writes the log as well.
            db.SaveChanges();
        }

        await using (var db = store.NewContext(new ChangeActor("alice", ChangeChannel.Cli, "screen failure entered twice")))
        {
            db.Participants.Remove((await db.Participants.FindByCodeAsync(studyId, "P009"))!);
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            Assert.False(await db.Participants.InStudy(studyId).AnyAsync());
            var deleted = await db.ChangeLog.Where(r => r.Kind == ChangeKind.Deleted && r.Reason == "screen failure entered twice").ToListAsync();
            Assert.Equal(["Participant", "ScreeningValue", "ScreeningValue"], deleted.Where(r => r.Field == "ParticipantId" || r.Field == "Code").Select(r => r.Entity).Order());
            Assert.Contains(deleted, r => r.Entity == "ScreeningValue" && r.Field == "ItemId" && r.OldValue == "serum-b12");
            var added = await db.ChangeLog.Where(r => r.Kind == ChangeKind.Added && r.Entity == "ScreeningValue" && r.Field == "Value").Select(r => r.NewValue).ToListAsync();
            Assert.Equal(["150", "8"], added.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task An_assessment_whose_items_were_not_loaded_cannot_be_deleted_unlogged(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var participantId = await Seed.ParticipantAsync(store, studyId);
        await using (var db = store.NewContext())
        {
            var p = await db.Participants.SingleAsync(x => x.Id == participantId);
            var a = Assessment.Record(p, "week-2", "diary", AssessmentSource.Clinic, "alice", TestStore.Start);
            a.SetValue("overall", "5", 5);
            db.Assessments.Add(a);
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext(new ChangeActor("alice", ChangeChannel.Cli, "entered twice")))
        {
            db.Assessments.Remove(await db.Assessments.SingleAsync(a => a.ParticipantId == participantId));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = store.NewContext(new ChangeActor("alice", ChangeChannel.Cli, "entered twice")))
        {
            db.Assessments.Remove(await db.Assessments.WithItems().SingleAsync(a => a.ParticipantId == participantId));
            await db.SaveChangesAsync();
            Assert.False(await db.ItemValues.AnyAsync(i => i.Assessment.ParticipantId == participantId));
            Assert.Equal(1, await db.ChangeLog.CountAsync(r => r.Kind == ChangeKind.Deleted && r.Entity == "ItemValue" && r.Field == "ItemId"));
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Participant_queries_filter_by_study_and_status_in_code_order(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var other = await Seed.StudyAsync(store);
        foreach (var code in new[] { "P003", "P001", "P002" })
        {
            await Seed.ParticipantAsync(store, studyId, code);
        }

        await Seed.ParticipantAsync(store, other, "P001");
        await using (var db = store.NewContext(new ChangeActor("alice", ChangeChannel.Cli, "enrolment")))
        {
            var p2 = (await db.Participants.FindByCodeAsync(studyId, "P002"))!;
            p2.Enrol("mk7", "moderate", new DateOnly(2026, 3, 2), TestStore.Start);
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            Assert.Equal(["P001", "P002", "P003"], await db.Participants.InStudy(studyId).InCodeOrder().Select(p => p.Code).ToListAsync());
            Assert.Equal(["P002"], await db.Participants.InStudy(studyId).WithStatus(ParticipantStatus.Enrolled).Select(p => p.Code).ToListAsync());
            Assert.Null(await db.Participants.FindByCodeAsync(studyId, "P404"));
        }
    }
}
