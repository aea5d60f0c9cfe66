namespace Myelin.Web.Diary;

/// <summary>
/// A diary entry as read from a request (JSON body or page form) before it is checked against the protocol, with the
/// problems found while reading it. Field names in <see cref="Errors"/> are those of the JSON body:
/// <c>submission_id</c>, <c>event</c>, <c>values.&lt;item&gt;</c>, <c>doses.morning</c>, <c>note</c>.
/// </summary>
public sealed class DiaryEntry
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>The client's submission id; null when missing or malformed.</summary>
    public Guid? SubmissionId { get; set; }

    /// <summary>The event id; null when missing or malformed.</summary>
    public string? Event { get; set; }

    /// <summary>Item id → the value as text in invariant culture; null when given blank (missing).</summary>
    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the entry says anything about doses.</summary>
    public bool DosesGiven { get; set; }

    /// <summary>Whether the morning dose was taken.</summary>
    public bool? Morning { get; set; }

    /// <summary>Whether the evening dose was taken.</summary>
    public bool? Evening { get; set; }

    /// <summary>The note, trimmed; null when blank.</summary>
    public string? Note { get; set; }

    /// <summary>Field → what is wrong with it.</summary>
    public IReadOnlyDictionary<string, List<string>> Errors => _errors;

    /// <summary>True when the field already has a problem.</summary>
    public bool HasError(string field) => _errors.ContainsKey(field);

    /// <summary>Records a problem with a field.</summary>
    public void Error(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>The problems in the shape of problem details' <c>errors</c>.</summary>
    public Dictionary<string, string[]> ErrorArrays() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
