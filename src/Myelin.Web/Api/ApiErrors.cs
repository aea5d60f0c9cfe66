namespace Myelin.Web.Api;

/// <summary>Collects every problem of one request body, keyed by JSON field path, before answering once with all of them.</summary>
public sealed class ApiErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>True when a problem was found.</summary>
    public bool Any => _errors.Count > 0;

    /// <summary>Adds a problem with a field.</summary>
    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>Adds "required" when the value is null or blank; returns true when it is present.</summary>
    public bool Require<T>(T? value, string field, string what)
    {
        if (value is null || (value is string s && string.IsNullOrWhiteSpace(s)))
        {
            Add(field, $"required: {what}.");
            return false;
        }

        return true;
    }

    /// <summary>The 422 answer naming every field.</summary>
    public UnprocessableProblem ToProblem() =>
        ApiProblems.Invalid(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
}
