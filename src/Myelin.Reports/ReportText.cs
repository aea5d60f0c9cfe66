using System.Globalization;
using Myelin.Domain.Protocols;

namespace Myelin.Reports;

/// <summary>Protocol terms in words for the report.</summary>
internal static class ReportText
{
    /// <summary>An event as a time point: <c>week 8</c> (or <c>day 10</c> when not on a whole week); the id when unknown.</summary>
    public static string Event(Protocol protocol, string eventId)
    {
        var e = protocol.FindEvent(eventId);
        if (e is null)
        {
            return eventId;
        }

        return e.Day % 7 == 0
            ? "week " + (e.Day / 7).ToString(CultureInfo.InvariantCulture)
            : "day " + e.Day.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>An event with its id, e.g. <c>week 8 (diary-w8)</c>.</summary>
    public static string EventWithId(Protocol protocol, string eventId) => $"{Event(protocol, eventId)} ({eventId})";

    /// <summary>The design in words, e.g. <c>randomised, double-blind, placebo-controlled</c>.</summary>
    public static string Design(Protocol protocol)
    {
        var design = protocol.Study.Design;
        if (!design.IsRandomised)
        {
            return "single-arm, open-label (no control group, no randomisation, no blinding)";
        }

        string blinding = design.Blinding switch
        {
            Blinding.DoubleBlind => "double-blind",
            Blinding.SingleBlind => "single-blind",
            _ => "open-label",
        };
        string control = protocol.Arms.Any(a => a.Kind == ArmKind.Placebo) ? ", placebo-controlled" : string.Empty;
        string ratio = protocol.Arms.All(a => a.AllocationRatio is not null)
            ? $", allocation {string.Join(":", protocol.Arms.Select(a => a.AllocationRatio!.Value.ToString(CultureInfo.InvariantCulture)))}"
            : string.Empty;
        return $"randomised, {blinding}{control}, {protocol.Arms.Count} arms{ratio}";
    }

    /// <summary>An arm's regimen, e.g. <c>100 mcg twice a day (200 mcg/day) for 8 weeks</c>.</summary>
    public static string Regimen(Arm arm)
    {
        string times = arm.TimesPerDay switch
        {
            1 => "once a day",
            2 => "twice a day",
            3 => "three times a day",
            _ => $"{arm.TimesPerDay} times a day",
        };
        string amount = Number(arm.Dose.Amount);
        string daily = arm.TimesPerDay > 1 ? $" ({Number(arm.DailyAmount)} {arm.Dose.Unit}/day)" : string.Empty;
        return $"{amount} {arm.Dose.Unit} {times}{daily} for {arm.DurationWeeks} weeks";
    }

    /// <summary>True when the study reports as a pilot: set by the options, else "pilot" or "feasibility" in the title.</summary>
    public static bool IsPilot(Protocol protocol, bool? option) =>
        option ?? (protocol.Study.Title.Contains("pilot", StringComparison.OrdinalIgnoreCase)
            || protocol.Study.Title.Contains("feasibility", StringComparison.OrdinalIgnoreCase));

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
