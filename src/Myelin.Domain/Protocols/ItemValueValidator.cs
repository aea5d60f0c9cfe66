using System.Globalization;
using Myelin.Domain.Protocols.Rules;

namespace Myelin.Domain.Protocols;

/// <summary>Checks one raw item value (as typed, imported or sent by a form) against its item definition.</summary>
public static class ItemValueValidator
{
    private const double Tolerance = 1e-9;

    /// <summary>
    /// Checks <paramref name="raw"/> against <paramref name="item"/>: presence when required, type
    /// (numbers in invariant culture with '.' decimals, dates as <c>yyyy-MM-dd</c>, yes/no as <c>yes</c>/<c>no</c>),
    /// range, VAS step, choice code and text length.
    /// </summary>
    public static ItemValueCheck Validate(Item item, string? raw)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return item.Required
                ? Invalid(item, $"a value is required for '{item.Id}' ({item.Label})", missing: true)
                : new ItemValueCheck(item.Id, true, true, null, null, null);
        }

        var text = raw.Trim();
        return item.Type switch
        {
            ItemType.Vas or ItemType.DecimalNumber => CheckNumber(item, text, wholeOnly: false),
            ItemType.WholeNumber => CheckNumber(item, text, wholeOnly: true),
            ItemType.Choice => item.Choices.Any(c => c.Code == text)
                ? Valid(item, text, null)
                : Invalid(item, $"'{text}' is not a code of '{item.Id}'; allowed: {string.Join(", ", item.Choices.Select(c => c.Code))}"),
            ItemType.YesNo => text is "yes" or "no"
                ? Valid(item, text, null)
                : Invalid(item, $"'{text}' is not a yes/no answer for '{item.Id}'; allowed: yes, no"),
            ItemType.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? Valid(item, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null)
                : Invalid(item, $"'{text}' is not a date for '{item.Id}'; allowed: yyyy-MM-dd, e.g. 2012-08-31"),
            _ => item.MaxLength is { } max && text.Length > max
                ? Invalid(item, $"text for '{item.Id}' is {text.Length} characters long; at most {max} allowed")
                : Valid(item, text, null),
        };
    }

    private static ItemValueCheck CheckNumber(Item item, string text, bool wholeOnly)
    {
        var styles = wholeOnly ? NumberStyles.AllowLeadingSign : NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (!double.TryParse(text, styles, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            var what = wholeOnly ? "a whole number" : "a number (use '.' for decimals, no thousands separators)";
            return Invalid(item, $"'{text}' is not {what} for '{item.Id}'; allowed: {RangeText(item)}");
        }

        if ((item.Min is { } min && value < min - Tolerance) || (item.Max is { } max && value > max + Tolerance))
        {
            return Invalid(item, $"{Format(value)} is out of range for '{item.Id}'; allowed: {RangeText(item)}");
        }

        if (item.Step is { } step && step > 0)
        {
            var steps = (value - (item.Min ?? 0)) / step;
            if (Math.Abs(steps - Math.Round(steps)) > 1e-6)
            {
                return Invalid(item, $"{Format(value)} is not on the scale for '{item.Id}'; allowed: {RangeText(item)}");
            }
        }

        return Valid(item, Format(value), value);
    }

    /// <summary>The allowed values of a numeric item in words, e.g. <c>0 to 10 in steps of 0.5</c>.</summary>
    internal static string RangeText(Item item)
    {
        var kind = ItemTypeNames.Name(item.Type);
        var range = (item.Min, item.Max) switch
        {
            ({ } lo, { } hi) => $"{kind} {Format(lo)} to {Format(hi)}",
            ({ } lo, null) => $"{kind} ≥ {Format(lo)}",
            (null, { } hi) => $"{kind} ≤ {Format(hi)}",
            _ => $"any {kind}",
        };
        var step = item.Step is { } s ? $" in steps of {Format(s)}" : string.Empty;
        var unit = item.Unit is { } u ? $" {u}" : string.Empty;
        return range + step + unit;
    }

    internal static string Format(double value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private static ItemValueCheck Valid(Item item, string normalised, double? number) =>
        new(item.Id, true, false, normalised, number, null);

    private static ItemValueCheck Invalid(Item item, string error, bool missing = false) =>
        new(item.Id, false, missing, null, null, error);
}
