using System.Globalization;
using Myelin.Domain.Protocols;

namespace Myelin.Analysis.Data;

/// <summary>
/// Reads a well-formed numeric value without allocating, accepting exactly what
/// <see cref="ItemValueValidator.Validate"/> accepts for numeric items (invariant digits with an optional sign and,
/// except for whole numbers, a decimal point; inside the range with 1e-9 tolerance; on the VAS step with 1e-6
/// tolerance). Anything else returns false so that the Domain's validator decides and words the problem.
/// </summary>
internal static class FastNumber
{
    public static bool TryRead(Item item, string? raw, out double value)
    {
        value = double.NaN;
        if (string.IsNullOrEmpty(raw) || char.IsWhiteSpace(raw[0]) || char.IsWhiteSpace(raw[^1]))
        {
            return false;
        }

        var styles = item.Type == ItemType.WholeNumber
            ? NumberStyles.AllowLeadingSign
            : NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (!double.TryParse(raw, styles, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            return false;
        }

        if ((item.Min is { } min && value < min - 1e-9) || (item.Max is { } max && value > max + 1e-9))
        {
            return false;
        }

        if (item.Step is { } step && step > 0)
        {
            double steps = (value - (item.Min ?? 0)) / step;
            if (Math.Abs(steps - Math.Round(steps)) > 1e-6)
            {
                return false;
            }
        }

        return true;
    }
}
