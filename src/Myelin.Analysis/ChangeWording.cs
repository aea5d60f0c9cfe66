using System.Globalization;

namespace Myelin.Analysis;

/// <summary>
/// Words a change from a baseline mean to a follow-up mean so that it cannot be misread: it names both values and
/// gives the change in points and in percent of the baseline, e.g. <c>fell from 7.2 to 1.6 (−5.6 points, −78%)</c>.
/// The preliminary K2-7 study's "reduced to 1–2" was summarised elsewhere as "improved by 1–2 points"; stating
/// from, to, points and percent together rules that misreading out.
/// </summary>
public static class ChangeWording
{
    private const string Minus = "\u2212";

    /// <summary>Describes the change from <paramref name="baseline"/> to <paramref name="followUp"/>.</summary>
    /// <param name="baseline">Baseline value (e.g. a group mean).</param>
    /// <param name="followUp">Follow-up value.</param>
    /// <param name="decimals">Decimals of values and points (default 1); percent is given in whole numbers.</param>
    /// <returns>
    /// <c>fell from A to B (−C points, −D%)</c>, <c>rose from A to B (+C points, +D%)</c>, or
    /// <c>did not change from A (0.0 points, 0%)</c> when the change rounds to zero; the percent is left out
    /// when the baseline is zero. Whether the change is a fall or a rise is decided on the rounded change, so the
    /// verb always agrees with the printed points.
    /// </returns>
    /// <exception cref="ArgumentException">A value is not a finite number.</exception>
    public static string Describe(double baseline, double followUp, int decimals = 1)
    {
        if (!double.IsFinite(baseline) || !double.IsFinite(followUp))
        {
            throw new ArgumentException($"cannot word a change from {baseline} to {followUp}: both must be finite numbers");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        double change = followUp - baseline;
        double rounded = Math.Round(change, decimals, MidpointRounding.AwayFromZero);
        string from = Number(baseline, decimals);
        string to = Number(followUp, decimals);
        string percent = baseline == 0 ? string.Empty : ", " + Signed(100 * change / baseline, 0) + "%";
        if (rounded == 0)
        {
            return $"did not change from {from} ({Number(0, decimals)} points{(baseline == 0 ? string.Empty : ", 0%")})";
        }

        string verb = rounded < 0 ? "fell" : "rose";
        string points = Signed(change, decimals);
        return $"{verb} from {from} to {to} ({points} points{percent})";
    }

    private static string Signed(double value, int decimals)
    {
        double r = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        string digits = Number(Math.Abs(r), decimals);
        return r < 0 ? Minus + digits : r > 0 ? "+" + digits : digits;
    }

    private static string Number(double value, int decimals)
    {
        double r = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        string text = r.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text.StartsWith('-') ? Minus + text[1..] : text;
    }
}
