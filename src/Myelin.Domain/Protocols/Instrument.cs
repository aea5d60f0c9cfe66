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
    /// <summary>The label in the diary languages other than English; none by default.</summary>
    public Translations LabelTranslations { get; init; } = Translations.None;

    /// <summary>The label in a diary language, English where the protocol has no translation.</summary>
    public string LabelIn(string language) => LabelTranslations.In(language, Label);

    /// <summary>The item with this id, or null.</summary>
    public Item? FindItem(string id) => Items.FirstOrDefault(i => i.Id == id);

    /// <summary>The score with this id, or null.</summary>
    public InstrumentScore? FindScore(string id) => Scores.FirstOrDefault(s => s.Id == id);
}
