namespace Myelin.Domain.Records;

/// <summary>The languages the participant diary speaks: the studies ran in Mumbai.</summary>
public static class DiaryLanguage
{
    /// <summary>English, the default for a new participant.</summary>
    public const string English = "en";

    /// <summary>Hindi.</summary>
    public const string Hindi = "hi";

    /// <summary>Marathi.</summary>
    public const string Marathi = "mr";

    /// <summary>Every supported code, in the order offered to staff.</summary>
    public static IReadOnlyList<string> All { get; } = [English, Hindi, Marathi];

    /// <summary>Returns the code when supported.</summary>
    /// <exception cref="DomainRuleException">The code is not one of <see cref="All"/>.</exception>
    public static string Require(string? code, string field) =>
        code is not null && All.Contains(code)
            ? code
            : throw new DomainRuleException($"{field} '{code}' is not a diary language; allowed: {string.Join(", ", All)}.");
}
