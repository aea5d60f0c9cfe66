using System.Globalization;

namespace Myelin.Data.ChangeLog;

/// <summary>The invariant text a value takes in the change log, the same on every provider and machine.</summary>
internal static class ChangeValueText
{
    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
