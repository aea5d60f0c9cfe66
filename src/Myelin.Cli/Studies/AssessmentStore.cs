using Myelin.Data;
using Myelin.Domain.Records;

namespace Myelin.Cli.Studies;

/// <summary>Adds checked values to the context as one assessment; the caller saves, in one transaction.</summary>
internal static class AssessmentStore
{
    public static Assessment Add(MyelinDbContext db, Participant participant, string eventId, string instrumentId,
        AssessmentSource source, string enteredBy, DateTimeOffset enteredAt, IEnumerable<AssessmentCheck.CheckedValue> values)
    {
        var assessment = Assessment.Record(participant, eventId, instrumentId, source, enteredBy, enteredAt);
        foreach (var v in values) assessment.SetValue(v.Item.Id, v.Value, v.Number, v.Item.Unit);
        db.Assessments.Add(assessment);
        return assessment;
    }

    public static AssessmentSource ParseSource(string? text, string option) => text switch
    {
        null or "" or "clinic" => AssessmentSource.Clinic,
        "diary" => AssessmentSource.Diary,
        "import" => AssessmentSource.Import,
        _ => throw new UsageException($"{option}: '{text}' is not a source; allowed: diary, clinic, import"),
    };

    public static string SourceName(AssessmentSource source) => source.ToString().ToLowerInvariant();
}
