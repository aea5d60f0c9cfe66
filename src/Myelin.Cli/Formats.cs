using System.Globalization;
using Myelin.Domain.Protocols;

namespace Myelin.Cli;

/// <summary>How the command prints numbers, instants and designs: invariant culture, UTC.</summary>
internal static class Formats
{
    public static CultureInfo Culture => CultureInfo.InvariantCulture;

    public static string Number(double value, int decimals = 2) =>
        Math.Round(value, decimals).ToString("0." + new string('#', decimals), Culture);

    /// <summary>A number with a fixed count of decimals and a true minus sign (−), as the report writes it.</summary>
    public static string Fixed(double value, int decimals = 1) =>
        value.ToString("F" + decimals.ToString(Culture), Culture).Replace("-", "\u2212", StringComparison.Ordinal);

    public static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", Culture);

    public static string Design(Protocol protocol) => protocol.Study.Design.Kind switch
    {
        DesignKind.SingleArmOpenLabel => "single-arm, open-label",
        _ => "randomised, " + protocol.Study.Design.Blinding switch
        {
            Blinding.DoubleBlind => "double-blind",
            Blinding.SingleBlind => "single-blind",
            _ => "open-label",
        },
    };
}
