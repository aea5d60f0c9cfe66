namespace Myelin.Domain.Forms;

/// <summary>The outcome of <see cref="FormCheck.Check"/>: the values that may be stored and every problem found.</summary>
/// <param name="Values">The valid, non-empty values, in the order given.</param>
/// <param name="Problems">Every problem; the form may be stored only when there is none.</param>
public sealed record FormCheckResult(IReadOnlyList<CheckedItemValue> Values, IReadOnlyList<FormProblem> Problems)
{
    /// <summary>True when nothing is wrong.</summary>
    public bool IsValid => Problems.Count == 0;
}
