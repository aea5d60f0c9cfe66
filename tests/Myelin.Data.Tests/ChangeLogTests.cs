using Microsoft.EntityFrameworkCore;
using Myelin.Data.ChangeLog;
using Myelin.Data.Queries;
using Myelin.Data.Tests.Infrastructure;
using Myelin.Domain.Records;

namespace Myelin.Data.Tests;

/// <summary>Saving clinical records writes who, when, what, old and new value; the log itself cannot be changed.</summary>
public sealed class ChangeLogTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Adding_a_participant_logs_each_property_with_actor_channel_and_clock_time(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        store.Clock.Advance(TimeSpan.FromMinutes(5));
        long id;
        await using (var db = store.NewContext(new ChangeActor("dr.rao", ChangeChannel.Web, "first entry")))
        {
            var site = await db.Sites.SingleAsync(s => s.StudyId == studyId);
            var p = Participant.Screen(site, "P042", "t2dm", TestStore.Start);
            db.Participants.Add(p);
            await db.SaveChangesAsync();
            id = p.Id;
        }

        await using (var db = store.NewContext())
        {
            var rows = await db.ChangeLog.ForRecord("Participant", id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync();
            Assert.All(rows, r => Assert.Equal((ChangeKind.Added, "dr.rao", ChangeChannel.Web, "first entry", TestStore.Start.AddMinutes(5)), (r.Kind, r.Actor, r.Via, r.Reason, r.At)));
            var values = rows.ToDictionary(r => r.Field, r => (r.OldValue, r.NewValue));
            Assert.Equal((null, "P042"), values["Code"]);
            Assert.Equal((null, studyId), values["StudyId"]);
            Assert.Equal((null, "Screened"), values["Status"]);
            Assert.Equal((null, "t2dm"), values["Etiology"]);
            Assert.DoesNotContain("Arm", values.Keys);
            Assert.Equal((null, "2026-03-02T09:30:00.000000Z"), values["CreatedAt"]);
            Assert.DoesNotContain("Id", values.Keys);
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task A_change_logs_only_the_changed_properties_with_old_and_new_values(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var id = await Seed.ParticipantAsync(store, studyId);
        var before = await CountAsync(store);
        await using (var db = store.NewContext(new ChangeActor("alice", ChangeChannel.Cli, "relocated")))
        {
            var p = await db.Participants.SingleAsync(x => x.Id == id);
            p.Withdraw("moved to another city", store.Clock.GetUtcNow().AddHours(2));
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            var rows = await db.ChangeLog.InOrder().Skip(before).ToListAsync();
            Assert.Equal(
                [
                    ("ChangedAt", "2026-03-02T09:30:00.000000Z", "2026-03-02T11:30:00.000000Z"),
                    ("Status", "Screened", "Withdrawn"),
                    ("WithdrawalReason", null, "moved to another city"),
                ],
                rows.OrderBy(r => r.Field, StringComparer.Ordinal).Select(r => (r.Field, r.OldValue, r.NewValue)));
            Assert.All(rows, r => Assert.Equal((ChangeKind.Modified, "Participant", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "relocated"), (r.Kind, r.Entity, r.EntityKey, r.Reason)));
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Item_value_changes_and_deletions_are_logged(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var participantId = await Seed.ParticipantAsync(store, studyId);
        long assessmentId;
        await using (var db = store.NewContext(new ChangeActor(EnteredBy.Diary("P001"), ChangeChannel.Web)))
        {
            var p = await db.Participants.SingleAsync(x => x.Id == participantId);
            var a = Assessment.Record(p, "week-1", "diary", AssessmentSource.Diary, EnteredBy.Diary("P001"), store.Clock.GetUtcNow());
            a.SetValue("overall", "7", 7);
            a.SetValue("cramps", "3", 3);
            db.Assessments.Add(a);
            await db.SaveChangesAsync();
            assessmentId = a.Id;
        }

        var before = await CountAsync(store);
        await using (var db = store.NewContext(new ChangeActor("nurse.iyer", ChangeChannel.Web, "transcription error")))
        {
            var a = await db.Assessments.WithItems().SingleAsync(x => x.Id == assessmentId);
            a.SetValue("overall", "6", 6);
            a.RemoveValue("cramps");
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            var rows = await db.ChangeLog.InOrder().Skip(before).ToListAsync();
            Assert.All(rows, r => Assert.Equal(("ItemValue", "nurse.iyer", "transcription error"), (r.Entity, r.Actor, r.Reason)));
            var modified = rows.Where(r => r.Kind == ChangeKind.Modified).OrderBy(r => r.Field, StringComparer.Ordinal).Select(r => (r.Field, r.OldValue, r.NewValue));
            Assert.Equal([("Numeric", "7", "6"), ("Value", "7", "6")], modified);
            var deleted = rows.Where(r => r.Kind == ChangeKind.Deleted).ToDictionary(r => r.Field, r => (r.OldValue, r.NewValue));
            Assert.Equal(("cramps", (string?)null), deleted["ItemId"]);
            Assert.Equal(("3", (string?)null), deleted["Value"]);
            Assert.Equal((assessmentId.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)null), deleted["AssessmentId"]);
            Assert.Equal(["overall"], await db.ItemValues.Where(i => i.AssessmentId == assessmentId).Select(i => i.ItemId).ToListAsync());
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Deleting_a_dose_record_logs_its_old_values(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var participantId = await Seed.ParticipantAsync(store, studyId);
        long doseId;
        await using (var db = store.NewContext())
        {
            var p = await db.Participants.SingleAsync(x => x.Id == participantId);
            var dose = DoseRecord.Record(p, new DateOnly(2026, 3, 3), DoseRecord.Evening, true, "alice", store.Clock.GetUtcNow());
            db.DoseRecords.Add(dose);
            await db.SaveChangesAsync();
            doseId = dose.Id;
        }

        await using (var db = store.NewContext(new ChangeActor("alice", ChangeChannel.Cli, "entered for the wrong participant")))
        {
            db.DoseRecords.Remove(await db.DoseRecords.SingleAsync(d => d.Id == doseId));
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            var key = doseId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var rows = await db.ChangeLog.ForRecord("DoseRecord", key).ToListAsync();
            var deleted = rows.Where(r => r.Kind == ChangeKind.Deleted).ToDictionary(r => r.Field, r => r.OldValue);
            Assert.Equal(("2026-03-03", "evening", "true"), (deleted["Date"], deleted["Slot"], deleted["Taken"]));
            Assert.All(rows.Where(r => r.Kind == ChangeKind.Deleted), r => Assert.Null(r.NewValue));
            Assert.Equal(rows.Count / 2, deleted.Count);
            Assert.False(await db.DoseRecords.AnyAsync(d => d.Id == doseId));
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Clinical_changes_without_an_actor_are_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        await using (var db = store.NewContext())
        {
            db.Actor = null;
            var site = await db.Sites.SingleAsync(s => s.StudyId == studyId);
            db.Participants.Add(Participant.Screen(site, "P001", null, TestStore.Start));
            var e = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("set MyelinDbContext.Actor", e.Message, StringComparison.Ordinal);
        }

        await using (var db = store.NewContext())
        {
            Assert.False(await db.Participants.InStudy(studyId).AnyAsync());
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task The_context_refuses_to_change_delete_or_forge_log_rows(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        await Seed.ParticipantAsync(store, studyId);

        await using (var db = store.NewContext())
        {
            var row = await db.ChangeLog.InOrder().FirstAsync();
            db.Entry(row).Property(r => r.NewValue).CurrentValue = "forged";
            var e = Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
            Assert.Contains("append-only", e.Message, StringComparison.Ordinal);
        }

        await using (var db = store.NewContext())
        {
            db.ChangeLog.Remove(await db.ChangeLog.InOrder().FirstAsync());
            var e = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("cannot be deleted", e.Message, StringComparison.Ordinal);
        }

        await using (var db = store.NewContext())
        {
            db.ChangeLog.Add(ChangeLogEntry.Create("k2-7", TestStore.Start, "mallory", ChangeChannel.Api, null, "Participant", "1", ChangeKind.Added, "Code", null, "X"));
            var e = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("cannot be added by hand", e.Message, StringComparison.Ordinal);
        }

        await using (var db = store.NewContext())
        {
            Assert.Equal(0, await db.ChangeLog.CountAsync(r => r.NewValue == "forged" || r.Actor == "mallory"));
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task The_database_refuses_updates_and_deletes_that_bypass_the_context(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        await Seed.ParticipantAsync(store, studyId);
        await using var db = store.NewContext();
        var count = await db.ChangeLog.CountAsync();

        var update = await Assert.ThrowsAnyAsync<Exception>(() => db.ChangeLog.ExecuteUpdateAsync(s => s.SetProperty(r => r.NewValue, "forged")));
        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => db.ChangeLog.ExecuteDeleteAsync());
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);

        Assert.Equal(count, await db.ChangeLog.CountAsync(r => r.NewValue != "forged" || r.NewValue == null));
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Study_changes_need_no_actor_and_write_no_log(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var before = await CountAsync(store);
        await using (var db = store.NewContext())
        {
            db.Actor = null;
            var study = Study.Create(TestStore.NewStudyId(), "T", TestStore.Start);
            study.AddProtocolVersion("x: 1\n", "alice", TestStore.Start);
            db.Studies.Add(study);
            await db.SaveChangesAsync();
        }

        Assert.Equal(before, await CountAsync(store));
    }

    private static async Task<int> CountAsync(TestStore store)
    {
        await using var db = store.NewContext();
        return await db.ChangeLog.CountAsync();
    }
}
