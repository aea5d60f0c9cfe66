using Myelin.Domain.Protocols;

namespace Myelin.Analysis.Data;

/// <summary>
/// A numeric variable of an instrument: one of its scores (an item's value, or the mean of several items when at
/// least <c>min_items</c> have values) or one numeric item.
/// </summary>
/// <param name="Instrument">The instrument id.</param>
/// <param name="Id">The score or item id.</param>
/// <param name="Label">Display label.</param>
/// <param name="Items">The item ids the value is made of.</param>
/// <param name="MinItems">Fewest items with a value for the variable to have one.</param>
/// <param name="IsMean">True when the value is the mean of <paramref name="Items"/>.</param>
internal sealed record VariableRef(string Instrument, string Id, string Label, IReadOnlyList<string> Items, int MinItems, bool IsMean)
{
    /// <summary>Resolves a score id first, then a numeric item id, as endpoints and strata name them.</summary>
    public static VariableRef? Resolve(Protocol protocol, string instrumentId, string id)
    {
        var instrument = protocol.FindInstrument(instrumentId);
        if (instrument is null)
        {
            return null;
        }

        if (instrument.FindScore(id) is { } score)
        {
            bool mean = score.Kind == ScoreKind.Mean;
            return new VariableRef(instrumentId, id, score.Label, score.Items, mean ? Math.Max(1, score.MinItems) : 1, mean);
        }

        return instrument.FindItem(id) is { IsNumeric: true } item
            ? new VariableRef(instrumentId, id, item.Label, [item.Id], 1, false)
            : null;
    }
}
