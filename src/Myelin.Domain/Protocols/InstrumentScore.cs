namespace Myelin.Domain.Protocols;

/// <summary>A score derived from an instrument's items.</summary>
/// <param name="Id">Score id, e.g. <c>overall</c>; unique within the instrument.</param>
/// <param name="Label">Display label.</param>
/// <param name="Kind">Single item, or mean of items.</param>
/// <param name="Items">Item ids the score uses (one for <see cref="ScoreKind.Item"/>); all numeric.</param>
/// <param name="MinItems">Fewest items that must have a value for the score to be computed (mean-of; default all items).</param>
public sealed record InstrumentScore(
    string Id,
    string Label,
    ScoreKind Kind,
    IReadOnlyList<string> Items,
    int MinItems);
