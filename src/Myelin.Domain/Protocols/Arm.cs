namespace Myelin.Domain.Protocols;

/// <summary>A treatment arm.</summary>
/// <param name="Code">Short code used in records and CSV files, e.g. <c>mk7</c>.</param>
/// <param name="Label">Display label.</param>
/// <param name="Product">What is taken, e.g. <c>Vitamin K2-7 (MK-7) capsule</c>.</param>
/// <param name="Dose">Amount and unit per administration.</param>
/// <param name="TimesPerDay">Administrations per day (1 to 24).</param>
/// <param name="DurationWeeks">Weeks on treatment; never longer than the treatment period.</param>
/// <param name="Kind">Active product or placebo.</param>
/// <param name="AllocationRatio">Relative allocation weight in a randomised design (e.g. 1 and 1 for 1:1); null for single-arm.</param>
public sealed record Arm(
    string Code,
    string Label,
    string Product,
    Dose Dose,
    int TimesPerDay,
    int DurationWeeks,
    ArmKind Kind,
    int? AllocationRatio)
{
    /// <summary>Total amount per day in <see cref="Dose"/>'s unit (amount × times per day).</summary>
    public double DailyAmount => Dose.Amount * TimesPerDay;
}
