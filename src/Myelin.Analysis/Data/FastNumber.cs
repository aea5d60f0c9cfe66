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
    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    public static bool TryRead(Item item, string? raw, out double value)
    {
        value = double.NaN;
        if (string.IsNullOrEmpty(raw) || char.IsWhiteSpace(raw[0]) || char.IsWhiteSpace(raw[^1]))
        {
            return false;
        }

        if (!TryShortDecimal(raw, item.Type != ItemType.WholeNumber, out value))
        {
            var styles = item.Type == ItemType.WholeNumber
                ? NumberStyles.AllowLeadingSign
                : NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
            if (!double.TryParse(raw, styles, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
            {
                return false;
            }
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

    /// <summary>
    /// Reads <c>[sign]digits[.digits]</c> with at most 15 digits as m / 10^k. Both m and 10^k are exact doubles and
    /// IEEE division rounds correctly, so this is the same double <see cref="double.Parse(string)"/> returns
    /// (Clinger, "How to read floating point numbers accurately", PLDI 1990, the fast path). Anything else is left
    /// to <see cref="double.TryParse(string, NumberStyles, IFormatProvider, out double)"/>.
    /// </summary>
    private static bool TryShortDecimal(string raw, bool allowPoint, out double value)
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (raw[0] is '-' or '+')
        {
            negative = raw[0] == '-';
            i = 1;
        }

        long mantissa = 0;
        int digits = 0, decimals = 0;
        bool point = false;
        for (; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c is >= '0' and <= '9')
            {
                if (++digits > 15)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (c - '0');
                decimals += point ? 1 : 0;
            }
            else if (c == '.' && allowPoint && !point)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        double v = decimals == 0 ? mantissa : mantissa / PowersOfTen[decimals];
        value = negative ? -v : v;
        return true;
    }
}
