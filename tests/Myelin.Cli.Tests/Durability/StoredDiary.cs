using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Records;

namespace Myelin.Cli.Tests.Durability;

/// <summary>
/// What the database file holds of the diary, read directly: each submission id with its assessment, and every way a
/// submission could be stored in part — a record without its change-log rows, change-log rows without their record, an
/// assessment without its submission id, an entry missing values or doses — listed as problems.
/// </summary>
internal sealed record StoredDiary(IReadOnlyList<(Guid SubmissionId, long AssessmentId)> Submissions, IReadOnlyList<string> Problems, ChangeLogVerification Chain)
{
    public static async Task<StoredDiary> ReadAsync(string file)
    {
        await using var db = MyelinDatabase.CreateContext(DatabaseTarget.Sqlite(file), TimeProvider.System);
        var submissions = await db.DiarySubmissions.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.SubmissionId, s.AssessmentId, s.ParticipantId }).ToListAsync();
        var assessments = await db.Assessments.AsNoTracking().Include(a => a.Items).ToListAsync();
        var doses = await db.DoseRecords.AsNoTracking().ToListAsync();
        var logged = (await db.ChangeLog.AsNoTracking().Where(e => e.Kind == ChangeKind.Added)
            .Select(e => new { e.Entity, e.EntityKey }).ToListAsync()).Select(e => (e.Entity, e.EntityKey)).ToHashSet();

        var problems = new List<string>();
        var records = new HashSet<(string, string)>();
        void Record(string entity, long id, string what)
        {
            var key = (entity, id.ToString(CultureInfo.InvariantCulture));
            records.Add(key);
            if (!logged.Contains(key))
            {
                problems.Add($"{what} ({entity} {id}) has no change-log row");
            }
        }

        foreach (var a in assessments)
        {
            Record(nameof(Assessment), a.Id, $"the assessment of participant {a.ParticipantId}");
            foreach (var item in a.Items)
            {
                Record(nameof(ItemValue), item.Id, $"item {item.ItemId} of assessment {a.Id}");
            }

            if (a.Items.Count != DiaryStudyFile.Items.Length)
            {
                problems.Add($"assessment {a.Id} holds {a.Items.Count} of the {DiaryStudyFile.Items.Length} values sent");
            }

            var ids = submissions.Count(s => s.AssessmentId == a.Id);
            if (ids != 1)
            {
                problems.Add($"assessment {a.Id} has {ids} submission ids (expected 1)");
            }

            if (doses.Count(d => d.ParticipantId == a.ParticipantId) != 2)
            {
                problems.Add($"participant {a.ParticipantId} has an entry but {doses.Count(d => d.ParticipantId == a.ParticipantId)} dose records (expected 2)");
            }
        }

        foreach (var d in doses)
        {
            Record(nameof(DoseRecord), d.Id, $"the {d.Slot} dose of participant {d.ParticipantId}");
            if (!assessments.Exists(a => a.ParticipantId == d.ParticipantId))
            {
                problems.Add($"participant {d.ParticipantId} has a dose record but no entry");
            }
        }

        foreach (var s in submissions.Where(s => !assessments.Exists(a => a.Id == s.AssessmentId)))
        {
            problems.Add($"submission {s.SubmissionId} names assessment {s.AssessmentId}, which is not stored");
        }

        foreach (var (entity, key) in logged.Where(l => (l.Entity is nameof(Assessment) or nameof(ItemValue) or nameof(DoseRecord)) && !records.Contains(l)))
        {
            problems.Add($"the change log records {entity} {key}, which is not stored");
        }

        var chain = await db.VerifyChangeLogAsync(DiaryStudyFile.Study);
        return new StoredDiary([.. submissions.Select(s => (s.SubmissionId, s.AssessmentId))], problems, chain);
    }
}
