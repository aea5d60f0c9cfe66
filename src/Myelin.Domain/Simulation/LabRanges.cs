using Myelin.Domain.Protocols;

namespace Myelin.Domain.Simulation;

/// <summary>
/// Plausible ranges for common screening and safety measurements, by etiology, from the thresholds in
/// ../shared/reference/domain.md §3 (B12 deficiency below 200 pg/mL; diabetes at HbA1c ≥ 6.5% or FPG ≥ 126 mg/dL).
/// Anything else gets the lower middle of its allowed range.
/// </summary>
internal static class LabRanges
{
    public static (double Low, double High) Plausible(Item item, string? etiology, bool isBaseline)
    {
        var id = item.Id.ToUpperInvariant();
        var b12Group = etiology is not null && (etiology.Contains("b12", StringComparison.OrdinalIgnoreCase) || etiology.Contains("both", StringComparison.OrdinalIgnoreCase));
        var diabetic = etiology is not null && (etiology.Contains("dm", StringComparison.OrdinalIgnoreCase) || etiology.Contains("diab", StringComparison.OrdinalIgnoreCase) || etiology.Contains("both", StringComparison.OrdinalIgnoreCase));
        (double, double)? known = id switch
        {
            _ when id.Contains("B12", StringComparison.Ordinal) && PicomolesPerLitre(item) =>
                b12Group ? (isBaseline ? (80, 140) : (220, 520)) : (190, 440),
            _ when id.Contains("B12", StringComparison.Ordinal) =>
                b12Group ? (isBaseline ? (110, 195) : (300, 700)) : (260, 600),
            _ when id.Contains("HBA1C", StringComparison.Ordinal) => diabetic ? (6.6, 9.0) : (4.8, 5.6),
            _ when id.Contains("GLUC", StringComparison.Ordinal) || id.Contains("FPG", StringComparison.Ordinal) || id.Contains("FBS", StringComparison.Ordinal) =>
                MillimolesPerLitre(item) ? (diabetic ? (7.2, 10.5) : (4.2, 5.5)) : (diabetic ? (130, 190) : (75, 99)),
            _ when id.Contains("ALT", StringComparison.Ordinal) || id.Contains("SGPT", StringComparison.Ordinal) => (12, 40),
            _ when id.Contains("AST", StringComparison.Ordinal) || id.Contains("SGOT", StringComparison.Ordinal) => (12, 38),
            _ when id.Contains("CREAT", StringComparison.Ordinal) => MicromolesPerLitre(item) ? (55, 105) : (0.6, 1.2),
            _ when id.Contains("BUN", StringComparison.Ordinal) => (8, 20),
            _ when id.Contains("UREA", StringComparison.Ordinal) => MillimolesPerLitre(item) ? (2.5, 7) : (15, 40),
            _ when id.Contains("INR", StringComparison.Ordinal) => (0.9, 1.1),
            _ when id.Contains("AGE", StringComparison.Ordinal) => (35, 75),
            _ => null,
        };
        var (lo, hi) = known ?? Generic(item);
        // Never outside what the protocol allows.
        var min = item.Min ?? double.MinValue;
        var max = item.Max ?? double.MaxValue;
        lo = Math.Clamp(lo, min, max);
        hi = Math.Clamp(hi, min, max);
        return lo <= hi ? (lo, hi) : (hi, lo);
    }

    private static (double, double) Generic(Item item) => (item.Min, item.Max) switch
    {
        ({ } lo, { } hi) => (lo + 0.25 * (hi - lo), lo + 0.5 * (hi - lo)),
        ({ } lo, null) => (lo, lo + 10),
        (null, { } hi) => (hi / 2, hi),
        _ => (1, 10),
    };

    private static bool PicomolesPerLitre(Item item) => item.Unit?.Contains("pmol", StringComparison.OrdinalIgnoreCase) == true;

    private static bool MillimolesPerLitre(Item item) => item.Unit?.Contains("mmol/L", StringComparison.OrdinalIgnoreCase) == true;

    private static bool MicromolesPerLitre(Item item) => item.Unit?.Contains("mol/L", StringComparison.OrdinalIgnoreCase) == true
        && item.Unit.Contains('µ', StringComparison.Ordinal) || item.Unit?.Contains("umol", StringComparison.OrdinalIgnoreCase) == true;
}
