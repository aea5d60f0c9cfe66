using Microsoft.EntityFrameworkCore;
using Myelin.Data.ChangeLog;
using Myelin.Data.Studies;
using Myelin.Data.Tests.Infrastructure;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;

namespace Myelin.Data.Tests;

/// <summary>
/// Concealed allocation's stored side: one secret key per study, logged without its bytes, and places in a stratum's
/// sequence that two enrolments can never share.
/// </summary>
public sealed class AllocationTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task The_key_is_drawn_once_per_study_and_the_change_log_records_it_without_its_bytes(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var other = await Seed.StudyAsync(store);
        byte[] first;
        await using (var db = store.NewContext())
        {
            first = await db.AllocationKeyAsync(studyId, store.Clock.GetUtcNow());
            Assert.Same(first, await db.AllocationKeyAsync(studyId, store.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            Assert.Equal(first, await db.AllocationKeyAsync(studyId, store.Clock.GetUtcNow()));
            Assert.NotEqual(first, await db.AllocationKeyAsync(other, store.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            Assert.Equal(AllocationKey.Length, first.Length);
            Assert.Equal(2, await db.AllocationKeys.CountAsync(k => k.StudyId == studyId || k.StudyId == other));

            var logged = await db.ChangeLog.Where(r => r.StudyId == studyId && r.Entity == nameof(AllocationKey)).ToListAsync();
            Assert.Equal([nameof(AllocationKey.CreatedAt)], logged.Select(r => r.Field));
            Assert.All(logged, r => Assert.Equal(("alice", studyId), (r.Actor, r.EntityKey)));
            var texts = new[] { Convert.ToHexString(first), Convert.ToHexString(first).ToLowerInvariant(), Convert.ToBase64String(first), "System.Byte[]" };
            var everything = await db.ChangeLog.Select(r => (r.OldValue ?? string.Empty) + "|" + (r.NewValue ?? string.Empty)).ToListAsync();
            Assert.DoesNotContain(everything, row => texts.Any(t => row.Contains(t, StringComparison.Ordinal)));
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Two_participants_cannot_take_the_same_place_in_a_stratum_sequence(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var ids = new List<long>();
        foreach (var code in new[] { "P001", "P002", "P003", "P004" })
        {
            ids.Add(await Seed.ParticipantAsync(store, studyId, code));
        }

        await EnrolAsync(store, ids[0], new ArmAllocation("mk7", "dm", 0));
        await Assert.ThrowsAsync<DbUpdateException>(() => EnrolAsync(store, ids[1], new ArmAllocation("placebo", "dm", 0)));
        await EnrolAsync(store, ids[1], new ArmAllocation("placebo", "dm", 1));
        await EnrolAsync(store, ids[2], new ArmAllocation("placebo", "b12d", 0));
        await using var db = store.NewContext();
        await EnrolAsync(store, ids[3], null);

        Assert.Equal(2, await db.NextAllocationPositionAsync(studyId, "dm"));
        Assert.Equal(1, await db.NextAllocationPositionAsync(studyId, "b12d"));
        Assert.Equal(0, await db.NextAllocationPositionAsync(studyId, "t2dm"));
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Under_the_writers_lock_concurrent_enrolments_take_consecutive_places_without_a_clash(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var ids = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(await Seed.ParticipantAsync(store, studyId, $"C{i:00}"));
        }

        await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            await using var db = store.NewContext(Enrolment);
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.LockWritersAsync();
            var position = await db.NextAllocationPositionAsync(studyId, "dm");
            var participant = await db.Participants.SingleAsync(p => p.Id == id);
            participant.Enrol(new ArmAllocation("mk7", "dm", position), null, new DateOnly(2026, 3, 2), store.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        })));

        await using var check = store.NewContext();
        var positions = await check.Participants.Where(p => p.StudyId == studyId).Select(p => p.AllocationPosition).ToListAsync();
        Assert.Equal(Enumerable.Range(0, 12).Select(n => (int?)n), positions.Order());
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task The_writers_lock_needs_an_open_transaction(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        await using var db = store.NewContext();
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.LockWritersAsync());
    }

    private static readonly ChangeActor Enrolment = new("alice", ChangeChannel.Cli, "enrolment");

    private static async Task EnrolAsync(TestStore store, long participantId, ArmAllocation? allocation)
    {
        await using var db = store.NewContext(Enrolment);
        var participant = await db.Participants.SingleAsync(p => p.Id == participantId);
        if (allocation is null)
        {
            participant.Enrol("mk7", null, new DateOnly(2026, 3, 2), store.Clock.GetUtcNow());
        }
        else
        {
            participant.Enrol(allocation, null, new DateOnly(2026, 3, 2), store.Clock.GetUtcNow());
        }

        await db.SaveChangesAsync();
    }
}
