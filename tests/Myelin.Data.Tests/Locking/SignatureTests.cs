using Microsoft.EntityFrameworkCore;
using Myelin.Data.ChangeLog;
using Myelin.Data.Locking;
using Myelin.Data.Queries;
using Myelin.Data.Tests.Infrastructure;
using Myelin.Domain.Records;

namespace Myelin.Data.Tests.Locking;

/// <summary>A signature records the chain end it covers; a later change to the casebook makes it stale.</summary>
public sealed class SignatureTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    private const string Meaning = "I have reviewed the data in this casebook and confirm they are complete and accurate";

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task A_signature_records_the_chain_end_and_goes_stale_when_the_casebook_changes(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var (studyId, p1, a1) = await LockingTests.CasebookAsync(store, "P001");
        await LockingTests.CasebookAsync(store, "P002", studyId);
        Signature signature;
        await using (var db = store.NewContext(new ChangeActor("dr.rao", ChangeChannel.Web)))
        {
            var end = await db.ChangeLog.Where(e => e.StudyId == studyId).OrderByDescending(e => e.Sequence).FirstAsync();
            signature = await db.SignCasebookAsync(await db.Participants.SingleAsync(p => p.Id == p1), "dr.rao", "Dr A. Rao", Meaning);
            Assert.Equal((end.Sequence, end.Hash, "Dr A. Rao", Meaning, p1), (signature.AuditSequence, signature.AuditHash, signature.SignerName, signature.Meaning, signature.ParticipantId));
            Assert.Contains(await db.ChangeLog.Where(e => e.Entity == "Signature").ToListAsync(), r => r.Field == "Meaning" && r.NewValue == Meaning && r.Reason == "casebook signed");
        }

        await using (var db = store.NewContext(new ChangeActor("dr.rao", ChangeChannel.Web)))
        {
            // Locking after signing and changing another participant leave the signature current.
            await db.LockParticipantAsync(await db.Participants.SingleAsync(p => p.Id == p1), "signed");
            var other = (await db.Participants.FindByCodeAsync(studyId, "P002"))!;
            db.Actor = db.Actor! with { Reason = "transcription error" };
            other.SetEtiology("t2dm", TestStore.Start);
            await db.SaveChangesAsync();
            var status = Assert.Single(await db.SignaturesAsync(studyId, p1));
            Assert.False(status.Stale);
            Assert.Equal(signature.Id, status.Signature.Id);
        }

        await using (var db = store.NewContext(new ChangeActor("dr.rao", ChangeChannel.Web)))
        {
            var l = Assert.Single(await db.ActiveLocksAsync(studyId, p1));
            await db.UnlockAsync(l.Id, "query on week 1");
            db.Actor = db.Actor! with { Reason = "query on week 1 answered: value was 6" };
            (await db.Assessments.WithItems().SingleAsync(a => a.Id == a1)).SetValue("overall", "6", 6);
            await db.SaveChangesAsync();
            var status = Assert.Single(await db.SignaturesAsync(studyId, p1));
            Assert.True(status.Stale);
            Assert.Equal(("ItemValue", "Numeric"), (status.FirstLaterChange!.Entity, status.FirstLaterChange.Field));
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task A_participant_history_holds_its_own_and_its_records_rows_including_deleted_ones_and_no_others(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var (studyId, p1, a1) = await LockingTests.CasebookAsync(store, "P001");
        var (_, p2, _) = await LockingTests.CasebookAsync(store, "P002", studyId);
        await using (var db = store.NewContext(new ChangeActor("nurse.iyer", ChangeChannel.Web, "entered against the wrong item")))
        {
            (await db.Assessments.WithItems().SingleAsync(a => a.Id == a1)).RemoveValue("cramps");
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            var history = await db.ParticipantHistoryAsync(studyId, p1);
            var all = await db.ChangeLog.Where(e => e.StudyId == studyId).OrderBy(e => e.Sequence).ToListAsync();
            var p2Rows = await db.ParticipantHistoryAsync(studyId, p2);
            Assert.Equal(all.Count, history.Count + p2Rows.Count);
            Assert.Empty(history.Select(r => r.Id).Intersect(p2Rows.Select(r => r.Id)));
            Assert.Equal(history.Select(r => r.Sequence).Order(), history.Select(r => r.Sequence));
            Assert.Contains(history, r => r.Entity == "Participant" && r.Field == "Code" && r.NewValue == "P001");
            Assert.Contains(history, r => r.Entity == "Assessment" && r.Field == "EventId" && r.NewValue == "week-1");
            Assert.Contains(history, r => r.Entity == "ItemValue" && r.Kind == ChangeKind.Deleted && r.Field == "ItemId" && r.OldValue == "cramps" && r.Reason == "entered against the wrong item");
            Assert.DoesNotContain(history, r => r.Entity == "Participant" && r.NewValue == "P002");
        }
    }
}
