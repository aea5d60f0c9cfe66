using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Myelin.Data.ChangeLog;
using Myelin.Data.Locking;
using Myelin.Data.Queries;
using Myelin.Data.Tests.Infrastructure;
using Myelin.Data.Tests.Locking;
using Myelin.Domain.Records;

namespace Myelin.Data.Tests;

/// <summary>
/// Plays the attacker with write access to the database: drops the append-only triggers and changes every column of
/// every row of a small study's trail in turn, removes, inserts, swaps and moves rows. Each is found and the entry named.
/// </summary>
public sealed class AuditTamperTests
{
    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Changing_any_column_of_any_row_is_found_and_the_entry_named(DatabaseProvider provider)
    {
        await using var own = await OwnStore.CreateAsync(provider);
        var studyId = await SmallStudyAsync(own.Store);
        await using var db = own.Store.NewContext();
        await own.DropTriggersAsync(db);
        var rows = await db.ChangeLog.AsNoTracking().Where(e => e.StudyId == studyId).OrderBy(e => e.Sequence).ToListAsync();
        var head = rows[^1];
        var columns = db.Model.FindEntityType(typeof(ChangeLogEntry))!.GetProperties().Select(p => p.GetColumnName()).ToList();
        Assert.Equal(14, columns.Count);
        var checkedCells = 0;
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                // The id is the database's surrogate key, outside the hash: a change is found when it breaks the written
                // order, which no change to the first row's id can do (there is no row before it).
                if (column == "Id" && row.Sequence == 1)
                {
                    continue;
                }

                await using var transaction = await db.Database.BeginTransactionAsync();
                await RawAsync(db, $"UPDATE \"ChangeLog\" SET {Tamper(provider, column)} WHERE \"Id\" = {row.Id}");
                var verdict = await db.VerifyChangeLogAsync(studyId);
                var problems = new List<string?> { verdict.Problem, await db.CheckAsync(verdict, head.Sequence, head.Hash, "the expected head") };
                var named = problems.Find(p => p is not null && Names(p, row.Sequence));
                Assert.True(named is not null, $"{column} of entry #{row.Sequence}: not found ({string.Join(" | ", problems)})");
                await transaction.RollbackAsync();
                checkedCells++;
            }
        }

        Assert.Equal((14 * rows.Count) - 1, checkedCells);
        Assert.True((await db.VerifyChangeLogAsync(studyId)).Intact);
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Removed_inserted_swapped_and_moved_rows_are_found(DatabaseProvider provider)
    {
        await using var own = await OwnStore.CreateAsync(provider);
        var studyId = await SmallStudyAsync(own.Store);
        var otherId = await SmallStudyAsync(own.Store);
        await using var db = own.Store.NewContext();
        await own.DropTriggersAsync(db);
        // Two rows at one position need the unique index gone too.
        await db.Database.ExecuteSqlRawAsync("DROP INDEX \"IX_ChangeLog_StudyId_Sequence\"");
        var rows = await db.ChangeLog.AsNoTracking().Where(e => e.StudyId == studyId).OrderBy(e => e.Sequence).ToListAsync();
        var middle = rows[rows.Count / 2];
        var last = rows[^1];

        async Task<(ChangeLogVerification Verdict, string? Head)> Tampered(string sql)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await RawAsync(db, sql);
            var verdict = await db.VerifyChangeLogAsync(studyId);
            var head = await db.CheckAsync(verdict, last.Sequence, last.Hash, "the expected head");
            await transaction.RollbackAsync();
            return (verdict, head);
        }

        var removed = await Tampered($"DELETE FROM \"ChangeLog\" WHERE \"Id\" = {middle.Id}");
        Assert.Contains($"entry #{middle.Sequence} is missing", removed.Verdict.Problem, StringComparison.Ordinal);

        // The last row leaves no gap: only a recorded head (or a signature, see the command's tests) finds it.
        var cut = await Tampered($"DELETE FROM \"ChangeLog\" WHERE \"Id\" = {last.Id}");
        Assert.True(cut.Verdict.Intact);
        Assert.Contains($"records entry #{last.Sequence}, but the chain ends at #{last.Sequence - 1}", cut.Head, StringComparison.Ordinal);

        var forged = await Tampered(
            "INSERT INTO \"ChangeLog\" (\"StudyId\", \"Sequence\", \"At\", \"Actor\", \"Via\", \"Reason\", \"Entity\", \"EntityKey\", \"Kind\", \"Field\", \"OldValue\", \"NewValue\", \"Hash\") "
            + $"SELECT \"StudyId\", \"Sequence\", \"At\", 'mallory', \"Via\", \"Reason\", \"Entity\", \"EntityKey\", \"Kind\", \"Field\", \"OldValue\", 'forged', \"Hash\" FROM \"ChangeLog\" WHERE \"Id\" = {middle.Id}");
        Assert.Matches($"entry #{middle.Sequence} \\(row [0-9]+: .* by mallory\\) (repeats a position|was altered)", forged.Verdict.Problem);

        var a = rows[1];
        var swapped = await Tampered(
            $"UPDATE \"ChangeLog\" SET \"Sequence\" = CASE WHEN \"Id\" = {a.Id} THEN {middle.Sequence} ELSE {a.Sequence} END WHERE \"Id\" IN ({a.Id}, {middle.Id})");
        Assert.Equal(a.Sequence, swapped.Verdict.FirstBrokenSequence);

        var moved = await Tampered($"UPDATE \"ChangeLog\" SET \"StudyId\" = '{otherId}' WHERE \"Id\" = {middle.Id}");
        Assert.Contains($"entry #{middle.Sequence} is missing", moved.Verdict.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task A_trail_rewritten_with_fresh_hashes_passes_the_walk_but_not_a_signature_or_recorded_head(DatabaseProvider provider)
    {
        await using var own = await OwnStore.CreateAsync(provider);
        var studyId = await SmallStudyAsync(own.Store);
        await using var db = own.Store.NewContext();
        var rows = await db.ChangeLog.AsNoTracking().Where(e => e.StudyId == studyId).OrderBy(e => e.Sequence).ToListAsync();
        var signature = await db.Signatures.AsNoTracking().SingleAsync(s => s.StudyId == studyId);
        var head = rows[^1];
        await own.DropTriggersAsync(db);

        // The attacker changes an early value and recomputes every hash after it, as the published algorithm allows.
        var victim = rows[2];
        await RawAsync(db, $"UPDATE \"ChangeLog\" SET \"NewValue\" = 'rewritten' WHERE \"Id\" = {victim.Id}");
        var previous = rows[1].Hash;
        foreach (var row in (await db.ChangeLog.AsNoTracking().Where(e => e.StudyId == studyId).OrderBy(e => e.Sequence).ToListAsync()).Skip(2))
        {
            var hash = row.ComputeHash(previous);
            await RawAsync(db, $"UPDATE \"ChangeLog\" SET \"Hash\" = '{hash}' WHERE \"Id\" = {row.Id}");
            previous = hash;
        }

        var verdict = await db.VerifyChangeLogAsync(studyId);
        Assert.True(verdict.Intact);
        Assert.Contains($"records entry #{head.Sequence} with hash {head.Hash}, but the chain holds", await db.CheckAsync(verdict, head.Sequence, head.Hash, "the expected head"), StringComparison.Ordinal);
        var problem = Assert.Single(await db.CheckSignaturesAsync(verdict));
        Assert.Contains($"signature {signature.Id} ", problem, StringComparison.Ordinal);
        Assert.Contains("was rewritten", problem, StringComparison.Ordinal);
    }

    /// <summary>A study with a participant, a two-item assessment, a correction, a removed item, a lock and a signature.</summary>
    internal static async Task<string> SmallStudyAsync(TestStore store)
    {
        var (studyId, participantId, assessmentId) = await LockingTests.CasebookAsync(store, "P001");
        await using var db = store.NewContext(new ChangeActor("nurse.iyer", ChangeChannel.Web, "transcription error, with \"quotes\", commas\nand a line break"));
        var a = await db.Assessments.WithItems().SingleAsync(x => x.Id == assessmentId);
        a.SetValue("overall", "6", 6);
        a.RemoveValue("cramps");
        await db.SaveChangesAsync();
        db.Actor = new ChangeActor("dr.rao", ChangeChannel.Cli);
        var participant = await db.Participants.SingleAsync(p => p.Id == participantId);
        await db.LockParticipantAsync(participant, "cleaned");
        store.Clock.Advance(TimeSpan.FromMinutes(3));
        await db.SignCasebookAsync(participant, "dr.rao", "Dr A. Rao", "I approve the data in this casebook");
        return studyId;
    }

    // The attacker's statements: built from ids, hashes and column names this test chose, never from outside input.
    private static Task<int> RawAsync(DbContext db, string sql) => db.Database.ExecuteSqlRawAsync(sql);

    private static bool Names(string problem, long sequence) => Regex.IsMatch(problem, $"#{sequence}(?![0-9])");

    private static string Tamper(DatabaseProvider provider, string column) => column switch
    {
        "Id" => "\"Id\" = -\"Id\"",
        "StudyId" => "\"StudyId\" = 'moved-away'",
        "Sequence" => "\"Sequence\" = \"Sequence\" + 1000",
        "At" => provider == DatabaseProvider.Sqlite ? "\"At\" = \"At\" + 10000000" : "\"At\" = \"At\" + interval '1 second'",
        "Via" => "\"Via\" = CASE WHEN \"Via\" = 'Api' THEN 'Web' ELSE 'Api' END",
        "Kind" => "\"Kind\" = CASE WHEN \"Kind\" = 'Deleted' THEN 'Added' ELSE 'Deleted' END",
        "Hash" => $"\"Hash\" = '{new string('0', 64)}'",
        "Actor" or "Reason" or "Entity" or "EntityKey" or "Field" or "OldValue" or "NewValue" => $"\"{column}\" = 'tampered'",
        _ => throw new InvalidOperationException($"no tampering defined for the new column '{column}': add one, so that it is proven to be covered"),
    };

    /// <summary>A database of this test's own (it drops the triggers), on SQLite or PostgreSQL.</summary>
    private sealed class OwnStore(DatabaseProvider provider, TestStore store, PostgresDatabaseFixture fixture) : IAsyncDisposable
    {
        public TestStore Store => store;

        public static async Task<OwnStore> CreateAsync(DatabaseProvider provider)
        {
            var fixture = new PostgresDatabaseFixture();
            return new OwnStore(provider, await TestStore.OpenAsync(provider, fixture), fixture);
        }

        public Task<int> DropTriggersAsync(DbContext db) => db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite
            ? "DROP TRIGGER \"ChangeLog_no_update\"; DROP TRIGGER \"ChangeLog_no_delete\";"
            : "ALTER TABLE \"ChangeLog\" DISABLE TRIGGER USER;");

        public async ValueTask DisposeAsync()
        {
            await store.DisposeAsync();
            await fixture.DisposeAsync();
            fixture.Dispose();
        }
    }
}
