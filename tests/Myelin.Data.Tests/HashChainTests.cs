using Microsoft.EntityFrameworkCore;
using Myelin.Data.ChangeLog;
using Myelin.Data.Queries;
using Myelin.Data.Tests.Infrastructure;
using Myelin.Domain.Records;

namespace Myelin.Data.Tests;

/// <summary>The change log is hash-chained across saves; a row changed behind the application's back is found.</summary>
public sealed class HashChainTests
{
    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Rows_chain_across_saves_and_tampering_is_found(DatabaseProvider provider)
    {
        // A database of its own: the chain covers the whole log, and this test tampers with it.
        await using var server = await OwnDatabase.CreateAsync(provider);
        var store = server.Store;
        var studyId = await Seed.StudyAsync(store);
        var participantId = await Seed.ParticipantAsync(store, studyId);
        await using (var db = store.NewContext(new ChangeActor("alice", ChangeChannel.Cli, "enrolment")))
        {
            var p = await db.Participants.SingleAsync(x => x.Id == participantId);
            p.Enrol("mk7", "moderate", new DateOnly(2026, 3, 2), TestStore.Start);
            db.SaveChanges();
        }

        await using (var db = store.NewContext())
        {
            var rows = await db.ChangeLog.InOrder().ToListAsync();
            Assert.All(rows, r => Assert.Matches("^[0-9a-f]{64}$", r.Hash));
            Assert.Equal(rows[0].ComputeHash(string.Empty), rows[0].Hash);
            Assert.Equal(Enumerable.Range(1, rows.Count).Select(i => (long)i), rows.Select(r => r.Sequence));
            for (var i = 1; i < rows.Count; i++)
            {
                Assert.Equal(rows[i].ComputeHash(rows[i - 1].Hash), rows[i].Hash);
            }

            var verdict = await db.VerifyChangeLogAsync(studyId);
            Assert.True(verdict.Intact, verdict.Problem);
            Assert.Equal((rows.Count, rows[^1].Hash), (verdict.RowsChecked, verdict.LastHash));

            var victim = rows[rows.Count / 2];
            await server.TamperAsync(db, victim.Id);
            var broken = await db.VerifyChangeLogAsync(studyId);
            Assert.False(broken.Intact);
            Assert.Equal(victim.Id, broken.FirstBrokenId);
            Assert.Contains($"entry #{victim.Sequence} (row {victim.Id}", broken.Problem, StringComparison.Ordinal);
            Assert.Contains("was altered", broken.Problem, StringComparison.Ordinal);
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Concurrent_writers_append_to_one_unbroken_chain(DatabaseProvider provider)
    {
        await using var server = await OwnDatabase.CreateAsync(provider);
        var store = server.Store;
        var studyId = await Seed.StudyAsync(store);
        await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Task.Run(() => Seed.ParticipantAsync(store, studyId, $"P{i:000}"))));

        await using var db = store.NewContext();
        Assert.Equal(6, await db.Participants.InStudy(studyId).CountAsync());
        var verdict = await db.VerifyChangeLogAsync(studyId);
        Assert.True(verdict.Intact, verdict.Problem);
        Assert.Equal(await db.ChangeLog.CountAsync(), verdict.RowsChecked);
        Assert.Equal(verdict.RowsChecked, verdict.LastSequence);
    }

    [Fact]
    public void Any_field_changes_the_hash()
    {
        var at = TestStore.Start;
        var baseline = ChangeLogEntry.Create("s1", at, "alice", ChangeChannel.Cli, null, "Participant", "1", ChangeKind.Modified, "Status", "Screened", "Enrolled").ComputeHash("");
        string[] variants =
        [
            ChangeLogEntry.Create("s1", at.AddTicks(10), "alice", ChangeChannel.Cli, null, "Participant", "1", ChangeKind.Modified, "Status", "Screened", "Enrolled").ComputeHash(""),
            ChangeLogEntry.Create("s1", at, "bob", ChangeChannel.Cli, null, "Participant", "1", ChangeKind.Modified, "Status", "Screened", "Enrolled").ComputeHash(""),
            ChangeLogEntry.Create("s1", at, "alice", ChangeChannel.Web, null, "Participant", "1", ChangeKind.Modified, "Status", "Screened", "Enrolled").ComputeHash(""),
            ChangeLogEntry.Create("s1", at, "alice", ChangeChannel.Cli, "why", "Participant", "1", ChangeKind.Modified, "Status", "Screened", "Enrolled").ComputeHash(""),
            ChangeLogEntry.Create("s1", at, "alice", ChangeChannel.Cli, null, "Participant", "2", ChangeKind.Modified, "Status", "Screened", "Enrolled").ComputeHash(""),
            ChangeLogEntry.Create("s1", at, "alice", ChangeChannel.Cli, null, "Participant", "1", ChangeKind.Modified, "Status", null, "Enrolled").ComputeHash(""),
            ChangeLogEntry.Create("s1", at, "alice", ChangeChannel.Cli, null, "Participant", "1", ChangeKind.Modified, "Status", "Screened", "Withdrawn").ComputeHash(""),
            ChangeLogEntry.Create("s1", at, "alice", ChangeChannel.Cli, null, "Participant", "1", ChangeKind.Modified, "Status", "Screened", "Enrolled").ComputeHash("00"),
            ChangeLogEntry.Create("s2", at, "alice", ChangeChannel.Cli, null, "Participant", "1", ChangeKind.Modified, "Status", "Screened", "Enrolled").ComputeHash(""),
        ];
        Assert.DoesNotContain(baseline, variants);
        Assert.Equal(variants.Length, variants.Distinct().Count());
    }

    /// <summary>A fresh database for one test, with a way round the append-only triggers to play the tamperer.</summary>
    private sealed class OwnDatabase(DatabaseProvider provider, TestStore store, PostgresDatabaseFixture fixture) : IAsyncDisposable
    {
        public TestStore Store => store;

        public static async Task<OwnDatabase> CreateAsync(DatabaseProvider provider)
        {
            var fixture = new PostgresDatabaseFixture();
            return new OwnDatabase(provider, await TestStore.OpenAsync(provider, fixture), fixture);
        }

        public async Task TamperAsync(DbContext db, long id)
        {
            await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite
                ? "DROP TRIGGER \"ChangeLog_no_update\""
                : "ALTER TABLE \"ChangeLog\" DISABLE TRIGGER \"ChangeLog_no_update_or_delete\"");
            await db.Database.ExecuteSqlAsync($"UPDATE \"ChangeLog\" SET \"NewValue\" = 'tampered' WHERE \"Id\" = {id}");
        }

        public async ValueTask DisposeAsync()
        {
            await store.DisposeAsync();
            await fixture.DisposeAsync();
            fixture.Dispose();
        }
    }
}
