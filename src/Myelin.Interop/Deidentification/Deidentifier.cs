using System.Buffers.Binary;
using System.Globalization;
using Myelin.Interop.LongCsv;

namespace Myelin.Interop.Deidentification;

/// <summary>
/// De-identifies long-CSV rows for a statistician (issue 6; the HIPAA "safe harbor" direct identifiers that a trial
/// database holds, with dates shifted per participant instead of removed so the analysis still works):
/// <list type="bullet">
/// <item>participant codes become pseudonyms <c>P-</c> + 12 hex digits of HMAC-SHA-256(secret, code): stable within
/// one export, unlinkable across exports because each export draws a new <see cref="DeidentificationSecret"/>;</item>
/// <item>every instant and every value that is an ISO date (<c>yyyy-MM-dd</c>) or instant moves by the participant's
/// own whole-day shift in ±<see cref="DeidentificationOptions.MaxShiftDays"/> (never 0), so intervals within a participant
/// stay exact;</item>
/// <item><c>entered_by</c> keeps only the kind of person entered the value (<c>participant</c>, <c>staff</c>,
/// <c>import</c>): user names, token names and the code inside <c>diary:CODE</c> are removed;</item>
/// <item>free-text rows are dropped;</item>
/// <item>site, arm and stratum are kept: they are analysis variables (randomisation is stratified by site) and name
/// no person;</item>
/// <item>rows are ordered by pseudonym, so the order of the original codes (often the order of enrolment) is not
/// given away.</item>
/// </list>
/// </summary>
public static class Deidentifier
{
    /// <summary>What <c>entered_by</c> becomes for a value the participant entered through the diary.</summary>
    public const string Participant = "participant";

    /// <summary>What <c>entered_by</c> becomes for a value staff entered (a page, the API or the command line).</summary>
    public const string Staff = "staff";

    /// <summary>What <c>entered_by</c> becomes for an imported value.</summary>
    public const string Import = "import";

    /// <summary>De-identifies <paramref name="rows"/> under <paramref name="secret"/>.</summary>
    /// <returns>The de-identified rows, grouped by pseudonym and in their original order within a participant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="DeidentificationOptions.MaxShiftDays"/> is negative or above 3650.</exception>
    public static List<LongRow> Apply(IEnumerable<LongRow> rows, DeidentificationSecret secret, DeidentificationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(secret);
        options ??= new DeidentificationOptions();
        if (options.MaxShiftDays is < 0 or > 3650)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxShiftDays, "MaxShiftDays must be between 0 and 3650 days.");
        }

        var pseudonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var output = new List<(string Pseudonym, int Order, LongRow Row)>();
        var order = 0;
        foreach (var row in rows)
        {
            if (options.IsFreeText(row))
            {
                continue;
            }

            if (!pseudonyms.TryGetValue(row.Participant, out var pseudonym))
            {
                pseudonym = NewPseudonym(secret, row.Participant, used);
                pseudonyms[row.Participant] = pseudonym;
            }

            var shift = ShiftDays(secret, row.Participant, options.MaxShiftDays);
            output.Add((pseudonym, order++, row with
            {
                Participant = pseudonym,
                Value = ShiftValue(row.Value, shift),
                RecordedAt = row.RecordedAt.AddDays(shift),
                EnteredBy = KindOf(row.EnteredBy, row.Source),
                Line = 0,
            }));
        }

        return [.. output.OrderBy(r => r.Pseudonym, StringComparer.Ordinal).ThenBy(r => r.Order).Select(r => r.Row)];
    }

    /// <summary>
    /// The whole-day shift of one participant's dates under <paramref name="secret"/>, in [-max, -1] or [1, max]:
    /// never zero, since an unshifted record would carry its real dates (0 only when <paramref name="maxShiftDays"/> is 0).
    /// </summary>
    public static int ShiftDays(DeidentificationSecret secret, string participant, int maxShiftDays)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (maxShiftDays == 0)
        {
            return 0;
        }

        // 64 bits modulo at most 7300 values: the bias is below 1e-15.
        var draw = (int)(BinaryPrimitives.ReadUInt64BigEndian(secret.Mac("shift", participant)) % (ulong)(2 * maxShiftDays));
        return draw < maxShiftDays ? -(draw + 1) : draw - maxShiftDays + 1;
    }

    private static string NewPseudonym(DeidentificationSecret secret, string participant, HashSet<string> used)
    {
        var hex = Convert.ToHexStringLower(secret.Mac("pseudonym", participant));

        // 48 bits make a clash between two codes of one study vanishingly rare; if one happens, take more digits.
        for (var length = 12; length <= hex.Length; length += 4)
        {
            var candidate = "P-" + hex[..length];
            if (used.Add(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"two participants share a 256-bit pseudonym; the participant code '{participant}' appears twice under different spellings.");
    }

    private static string KindOf(string enteredBy, string source) =>
        enteredBy.StartsWith("diary:", StringComparison.Ordinal) || source == "diary" ? Participant
        : enteredBy.StartsWith("import:", StringComparison.Ordinal) || source == "import" ? Import
        : enteredBy.Length == 0 ? string.Empty
        : Staff;

    private static string ShiftValue(string value, int days)
    {
        if (value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (value.Length >= 16 && char.IsAsciiDigit(value[0]) && value[4] == '-' && value[10] == 'T'
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            return LongCsvFormat.FormatInstant(instant.AddDays(days));
        }

        return value;
    }
}
