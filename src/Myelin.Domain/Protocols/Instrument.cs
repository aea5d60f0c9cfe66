namespace Myelin.Domain.Protocols;

/// <summary>A form or diary: a set of items and the scores derived from them.</summary>
/// <param name="Id">Instrument id, e.g. <c>symptoms</c>, <c>labs</c>, <c>screening</c>.</param>
/// <param name="Label">Display label.</param>
/// <param name="Items">The items, in file order; ids unique within the instrument.</param>
/// <param name="Scores">Derived scores; ids unique within the instrument and distinct from item ids.</param>
public sealed record Instrument(
    string Id,
    string Label,
    IReadOnlyList<Item> Items,
    IReadOnlyList<InstrumentScore> Scores)
{
    /// <summary>The item with this id, or null.</summary>
    public Item? FindItem(string id) => Items.FirstOrDefault(i => i.Id == id);

    /// <summary>The score with this id, or null.</summary>
    public InstrumentScore? FindScore(string id) => Scores.FirstOrDefault(s => s.Id == id);
}
