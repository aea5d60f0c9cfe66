using System.Text.RegularExpressions;

namespace Myelin.Domain.Records;

/// <summary>Argument checks shared by the record types; each failure names the field and what is allowed.</summary>
internal static partial class Guard
{
    /// <summary>Longest identifier (study id, participant code, item id ...) the records accept.</summary>
    public const int MaxIdLength = 64;

    /// <summary>Longest free text (titles, reasons, terms) the records accept.</summary>
    public const int MaxTextLength = 2000;

    public static string Id(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainRuleException($"{field} is empty; an identifier of 1 to {MaxIdLength} characters (letters, digits, '.', '_', '-', ':') is required.");
        }

        if (value.Length > MaxIdLength || !IdPattern().IsMatch(value))
        {
            throw new DomainRuleException($"{field} '{value}' is not allowed; use 1 to {MaxIdLength} letters, digits, '.', '_', '-' or ':' starting with a letter or digit.");
        }

        return value;
    }

    public static string Text(string? value, string field, int maxLength = MaxTextLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainRuleException($"{field} is empty; a text of 1 to {maxLength} characters is required.");
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleException($"{field} is {trimmed.Length} characters long; at most {maxLength} are allowed.");
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, string field, int maxLength = MaxTextLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, field, maxLength);

    public static double? Finite(double? value, string field)
    {
        if (value is double v && (double.IsNaN(v) || double.IsInfinity(v)))
        {
            throw new DomainRuleException($"{field} is {v}; only a finite number (or none) is allowed.");
        }

        return value;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
