using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Records;

namespace Myelin.Data.ChangeLog;

/// <summary>
/// A participant's record history, read from the change log alone: the participant's own rows and those of every
/// record that belonged to it (screening values, assessments and their item values, doses, adverse events, diary
/// links, locks and signatures), including records deleted since. Record keys are never reused (SQLite AUTOINCREMENT,
/// PostgreSQL identity), so a key names one record for ever.
/// </summary>
public static class CasebookHistory
{
    private static readonly HashSet<string> ClinicalEntities =
        [nameof(Participant), nameof(ScreeningValue), nameof(Assessment), nameof(ItemValue), nameof(DoseRecord), nameof(AdverseEvent)];

    /// <summary>Every change-log row of the participant and its records, in chain order.</summary>
    /// <param name="db">The database.</param>
    /// <param name="studyId">The participant's study.</param>
    /// <param name="participantId">The participant's database id.</param>
    /// <param name="cancellationToken">Stops the queries.</param>
    public static async Task<IReadOnlyList<ChangeLogEntry>> ParticipantHistoryAsync(this MyelinDbContext db, string studyId, long participantId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = participantId.ToString(CultureInfo.InvariantCulture);
        var log = db.ChangeLog.AsNoTracking().Where(e => e.StudyId == studyId);

        // A child record names its parent in its added row (new value) and in its deleted row (old value).
        var children = await log
            .Where(e => e.Field == nameof(Assessment.ParticipantId) && e.Entity != nameof(Participant) && (e.NewValue == key || e.OldValue == key))
            .Select(e => new { e.Entity, e.EntityKey }).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var assessments = children.Where(c => c.Entity == nameof(Assessment)).Select(c => c.EntityKey).ToList();
        var items = assessments.Count == 0 ? [] : await log
            .Where(e => e.Entity == nameof(ItemValue) && e.Field == nameof(ItemValue.AssessmentId) && (assessments.Contains(e.NewValue!) || assessments.Contains(e.OldValue!)))
            .Select(e => e.EntityKey).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);

        var rows = await log.Where(e => e.Entity == nameof(Participant) && e.EntityKey == key).ToListAsync(cancellationToken).ConfigureAwait(false);
        var groups = children.GroupBy(c => c.Entity, c => c.EntityKey).Select(g => (Entity: g.Key, Keys: g.ToList()));
        if (items.Count > 0)
        {
            groups = groups.Append((nameof(ItemValue), items));
        }

        foreach (var (entity, keys) in groups)
        {
            rows.AddRange(await log.Where(e => e.Entity == entity && keys.Contains(e.EntityKey)).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        return [.. rows.OrderBy(r => r.Sequence).ThenBy(r => r.Id)];
    }

    /// <summary>True for rows about clinical data (not locks, signatures or diary links): the rows a signature vouches for.</summary>
    public static bool IsClinicalData(this ChangeLogEntry row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return ClinicalEntities.Contains(row.Entity);
    }
}
