using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Records;

namespace Myelin.Data.ChangeLog;

/// <summary>
/// Checks the change log's hash chains, one per study: a row changed, inserted or removed in the database breaks
/// its study's chain, and a gap in the sequence numbers shows where a row was removed.
/// </summary>
public static class ChangeLogAudit
{
    /// <summary>
    /// Walks one study's chain in sequence order and recomputes each row's hash from the previous one.
    /// Streams the rows, so it runs in constant memory on large logs.
    /// </summary>
    /// <param name="db">The database to check.</param>
    /// <param name="studyId">The study whose chain is checked.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    public static async Task<ChangeLogVerification> VerifyChangeLogAsync(this MyelinDbContext db, string studyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(studyId);
        var previous = string.Empty;
        long count = 0;
        long sequence = 0;
        long previousId = long.MinValue;
        var rows = db.ChangeLog.AsNoTracking().Where(e => e.StudyId == studyId).OrderBy(e => e.Sequence).ThenBy(e => e.Id)
            .AsAsyncEnumerable().GetAsyncEnumerator(cancellationToken);
        await using (rows.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await rows.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or OverflowException or InvalidCastException)
                {
                    // A column holds what the trail never writes (an unknown channel, text in a number column): name where.
                    return new ChangeLogVerification(studyId, count + 1, -1, sequence + 1,
                        $"the entry after #{sequence} cannot be read: a column holds a value the audit trail never writes ({e.Message}).", previous, sequence);
                }

                var row = rows.Current;
                count++;
                var problem = Check(row, sequence + 1, previous) ?? Order(row, previousId);
                if (problem is not null)
                {
                    return new ChangeLogVerification(studyId, count, row.Id, row.Sequence, problem, previous, sequence);
                }

                previous = row.Hash;
                sequence = row.Sequence;
                previousId = row.Id;
            }
        }

        return new ChangeLogVerification(studyId, count, null, null, null, previous, sequence);
    }

    /// <summary>Checks every study's chain (including chains of study ids that exist only in the log) and returns one verdict per study.</summary>
    public static async Task<IReadOnlyList<ChangeLogVerification>> VerifyAllChangeLogsAsync(this MyelinDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var studies = await db.ChangeLog.AsNoTracking().Select(e => e.StudyId).Distinct().OrderBy(s => s).ToListAsync(cancellationToken).ConfigureAwait(false);
        var verdicts = new List<ChangeLogVerification>(studies.Count);
        foreach (var study in studies)
        {
            verdicts.Add(await db.VerifyChangeLogAsync(study, cancellationToken).ConfigureAwait(false));
        }

        return verdicts;
    }

    // Rows are appended under the chain's writer lock, so a study's row ids grow with its sequence numbers.
    private static string? Order(ChangeLogEntry row, long previousId) =>
        row.Id > previousId ? null : $"{Describe(row)} is out of the order the trail was written in: its row id is not above the previous entry's ({previousId}).";

    private static string Describe(ChangeLogEntry row) =>
        $"entry #{row.Sequence} (row {row.Id}: {row.Entity} {row.EntityKey}.{row.Field}, {row.At:yyyy-MM-dd'T'HH:mm:ss'Z'} by {row.Actor})";

    private static string? Check(ChangeLogEntry row, long expectedSequence, string previousHash)
    {
        var what = Describe(row);
        if (row.Sequence < expectedSequence)
        {
            return $"{what} repeats a position already taken: a row was inserted into the trail.";
        }

        if (row.Sequence > expectedSequence)
        {
            return expectedSequence == row.Sequence - 1
                ? $"entry #{expectedSequence} is missing before {what}: a row was removed from the trail."
                : $"entries #{expectedSequence} to #{row.Sequence - 1} are missing before {what}: rows were removed from the trail.";
        }

        if (row.Hash.Length == 0)
        {
            return $"{what} has no hash: it was not written through the audit trail.";
        }

        var expected = row.ComputeHash(previousHash);
        return row.Hash == expected
            ? null
            : $"{what} was altered: its stored hash is {row.Hash}, but its content after entry #{expectedSequence - 1} gives {expected}.";
    }
}
