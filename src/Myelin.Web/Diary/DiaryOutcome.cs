namespace Myelin.Web.Diary;

/// <summary>The answer of <see cref="DiaryService.SubmitAsync"/>.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Stored">The stored assessment (created or repeated); null otherwise.</param>
/// <param name="Errors">Field → problems, when <see cref="DiaryOutcomeKind.Invalid"/>; empty otherwise.</param>
public sealed record DiaryOutcome(DiaryOutcomeKind Kind, DiaryStored? Stored, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>The link reaches no diary.</summary>
    public static DiaryOutcome NotFound { get; } = new(DiaryOutcomeKind.NotFound, null, new Dictionary<string, string[]>());

    /// <summary>Refused, with the problems.</summary>
    public static DiaryOutcome Invalid(IReadOnlyDictionary<string, string[]> errors) => new(DiaryOutcomeKind.Invalid, null, errors);
}
