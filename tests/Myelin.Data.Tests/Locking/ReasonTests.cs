using Microsoft.EntityFrameworkCore;
using Myelin.Data.ChangeLog;
using Myelin.Data.Queries;
using Myelin.Data.Tests.Infrastructure;
using Myelin.Domain.Records;

namespace Myelin.Data.Tests.Locking;

/// <summary>A record saved before changes or goes only with a reason (GCP); a first entry needs none.</summary>
public sealed class ReasonTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Changing_a_saved_record_without_a_reason_is_refused_naming_record_and_fields_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var id = await Seed.ParticipantAsync(store, studyId);
        var before = await CountAsync(store);
        await using (var db = store.NewContext(new ChangeActor("alice", ChangeChannel.Web)))
        {
            var p = await db.Participants.SingleAsync(x => x.Id == id);
            p.SetEtiology("t2dm", store.Clock.GetUtcNow());
            var e = await Assert.ThrowsAsync<ReasonRequiredException>(() => db.SaveChangesAsync());
            Assert.Contains("participant 'P001' (Etiology)", e.Message, StringComparison.Ordinal);
            Assert.Contains("needs a reason", e.Message, StringComparison.Ordinal);
            Assert.IsAssignableFrom<DomainRuleException>(e);
        }

        await using (var db = store.NewContext())
        {
            Assert.Equal("b12-deficiency", (await db.Participants.SingleAsync(x => x.Id == id)).Etiology);
            Assert.Equal(before, await db.ChangeLog.CountAsync());
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Removing_a_saved_record_needs_a_reason_and_a_blank_reason_is_no_reason(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var id = await Seed.ParticipantAsync(store, studyId);
        long doseId;
        await using (var db = store.NewContext())
        {
            var dose = DoseRecord.Record(await db.Participants.SingleAsync(x => x.Id == id), new DateOnly(2026, 3, 3), DoseRecord.Morning, true, "alice", store.Clock.GetUtcNow());
            db.DoseRecords.Add(dose);
            await db.SaveChangesAsync();
            doseId = dose.Id;
        }

        await using (var db = store.NewContext(new ChangeActor("alice", ChangeChannel.Cli, "   ")))
        {
            db.DoseRecords.Remove(await db.DoseRecords.SingleAsync(d => d.Id == doseId));
            var e = await Assert.ThrowsAsync<ReasonRequiredException>(() => db.SaveChangesAsync());
            Assert.Contains($"DoseRecord {doseId} was saved before, so removing it needs a reason", e.Message, StringComparison.Ordinal);
        }

        await using (var db = store.NewContext(new ChangeActor("alice", ChangeChannel.Cli, "entered for the wrong day")))
        {
            db.DoseRecords.Remove(await db.DoseRecords.SingleAsync(d => d.Id == doseId));
            await db.SaveChangesAsync();
            var rows = await db.ChangeLog.ForRecord("DoseRecord", doseId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Where(r => r.Kind == ChangeKind.Deleted).ToListAsync();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Equal("entered for the wrong day", r.Reason));
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task A_first_entry_needs_no_reason(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var id = await Seed.ParticipantAsync(store, studyId);
        await using var db = store.NewContext(new ChangeActor(EnteredBy.Diary("P001"), ChangeChannel.Api));
        var a = Assessment.Record(await db.Participants.SingleAsync(x => x.Id == id), "week-1", "diary", AssessmentSource.Diary, EnteredBy.Diary("P001"), store.Clock.GetUtcNow());
        a.SetValue("overall", "4", 4);
        db.Assessments.Add(a);
        await db.SaveChangesAsync();
        Assert.True(await db.ChangeLog.AnyAsync(r => r.Entity == "ItemValue" && r.NewValue == "4" && r.Reason == null));
    }

    private static async Task<int> CountAsync(TestStore store)
    {
        await using var db = store.NewContext();
        return await db.ChangeLog.CountAsync();
    }
}
