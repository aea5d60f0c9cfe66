using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Records;

namespace Myelin.Data.Studies;

/// <summary>
/// The stored side of concealed allocation (<see cref="Domain.Protocols.PermutedBlockAllocation"/>): the study's secret
/// key and the next free place in a stratum's sequence. Call both inside a transaction that holds
/// <see cref="MyelinDbContext.LockWritersAsync"/>, and save the enrolment in it: then no other enrolment can take the
/// same place meanwhile, and the unique index on (study, allocation stratum, position) refuses one that does anyway.
/// </summary>
public static class AllocationStore
{
    /// <summary>
    /// The study's allocation key. When the study has none yet (its first allocation), a new one is drawn and added to
    /// the context, to be saved, with a change-log row that names it but not its bytes, by the save of the enrolment it serves.
    /// </summary>
    /// <param name="db">The database.</param>
    /// <param name="studyId">The study.</param>
    /// <param name="at">When a new key is created (UTC).</param>
    /// <param name="cancellationToken">Stops the query.</param>
    public static async Task<byte[]> AllocationKeyAsync(this MyelinDbContext db, string studyId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.AllocationKeys.Local.FirstOrDefault(k => k.StudyId == studyId) is { } tracked)
        {
            return tracked.Key;
        }

        var stored = await db.AllocationKeys.AsNoTracking().Where(k => k.StudyId == studyId).Select(k => k.Key)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (stored is not null)
        {
            return stored;
        }

        var created = AllocationKey.Create(studyId, at);
        db.AllocationKeys.Add(created);
        return created.Key;
    }

    /// <summary>The next place in the stratum's sequence: one past the highest recorded, 0 for the first.</summary>
    /// <param name="db">The database.</param>
    /// <param name="studyId">The study.</param>
    /// <param name="allocationStratum">The allocation stratum.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    public static async Task<int> NextAllocationPositionAsync(this MyelinDbContext db, string studyId, string allocationStratum, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var highest = await db.Participants.AsNoTracking().Where(p => p.StudyId == studyId && p.AllocationStratum == allocationStratum)
            .MaxAsync(p => p.AllocationPosition, cancellationToken).ConfigureAwait(false);
        return highest is { } h ? h + 1 : 0;
    }
}
