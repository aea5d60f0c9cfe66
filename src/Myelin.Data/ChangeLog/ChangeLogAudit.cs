using Microsoft.EntityFrameworkCore;

namespace Myelin.Data.ChangeLog;

/// <summary>Checks the change log's hash chain: a row changed, inserted or removed in the database breaks it.</summary>
public static class ChangeLogAudit
{
    /// <summary>
    /// Walks the log in the order written and recomputes each row's hash from the previous one.
    /// Streams the rows, so it runs in constant memory on large logs.
    /// </summary>
    /// <param name="db">The database to check.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    public static async Task<ChangeLogVerification> VerifyChangeLogAsync(this MyelinDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var previous = string.Empty;
        long count = 0;
        var rows = db.ChangeLog.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false);
        await foreach (var row in rows)
        {
            count++;
            var expected = row.ComputeHash(previous);
            if (row.Hash != expected)
            {
                var problem = row.Hash.Length == 0
                    ? $"change-log row {row.Id} has no hash; it was not written through the change log"
                    : $"change-log row {row.Id} ({row.Entity} {row.EntityKey}.{row.Field}, {row.At:O}) has hash {row.Hash} but its content after the previous row gives {expected}: this row, or one before it, was changed, inserted or removed";
                return new ChangeLogVerification(count, row.Id, problem, row.Hash);
            }

            previous = row.Hash;
        }

        return new ChangeLogVerification(count, null, null, previous);
    }
}
