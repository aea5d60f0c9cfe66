using Microsoft.EntityFrameworkCore;
using Myelin.Data.Tests.Infrastructure;
using Myelin.Domain.Records;

namespace Myelin.Data.Tests;

/// <summary>Instants are stored in UTC, read back exactly, and order and compare in the database.</summary>
public sealed class InstantTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    public static readonly DateTimeOffset[] Instants =
    [
        new DateTimeOffset(2026, 3, 2, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_990),
        new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero).AddTicks(10),
        new DateTimeOffset(1999, 12, 31, 12, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2040, 7, 15, 6, 30, 15, TimeSpan.Zero).AddTicks(1_234_560),
    ];

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Utc_instants_round_trip_exactly_and_order_in_the_database(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var participantId = await Seed.ParticipantAsync(store, studyId);
        await using (var db = store.NewContext())
        {
            var p = await db.Participants.SingleAsync(x => x.Id == participantId);
            for (var i = 0; i < Instants.Length; i++)
            {
                db.Assessments.Add(Assessment.Record(p, $"event-{i}", "diary", AssessmentSource.Clinic, "alice", Instants[i]));
            }

            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            var ordered = await db.Assessments.Where(a => a.ParticipantId == participantId).OrderBy(a => a.EnteredAt).Select(a => a.EnteredAt).ToListAsync();
            Assert.Equal(Instants.Order(), ordered);
            Assert.All(ordered, at => Assert.Equal(TimeSpan.Zero, at.Offset));
            Assert.Equal(Instants.Select(i => i.UtcTicks).Order(), ordered.Select(i => i.UtcTicks));

            var cut = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
            Assert.Equal(3, await db.Assessments.CountAsync(a => a.ParticipantId == participantId && a.EnteredAt > cut));
        }
    }
}
