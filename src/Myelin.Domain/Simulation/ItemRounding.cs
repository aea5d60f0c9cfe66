using Myelin.Domain.Protocols;

namespace Myelin.Domain.Simulation;

/// <summary>Puts a simulated number on an item's scale: its step (a tenth for a short decimal range), inside its range.</summary>
internal static class ItemRounding
{
    public static double Round(Item item, double value)
    {
        var step = item.Step ?? item.Type switch
        {
            ItemType.WholeNumber => 1,
            _ when item is { Min: { } lo, Max: { } hi } && hi - lo > 20 => 1,
            _ => 0.1,
        };
        var origin = item.Min ?? 0;
        var rounded = origin + Math.Round((value - origin) / step) * step;
        return Math.Round(Math.Clamp(rounded, item.Min ?? double.MinValue, item.Max ?? double.MaxValue), 6);
    }
}
