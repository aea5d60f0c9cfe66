using Myelin.Domain.Protocols;

namespace Myelin.Domain.Forms;

/// <summary>One value that passed <see cref="FormCheck"/>: the item, the value in canonical text and the number for numeric items.</summary>
/// <param name="Item">The protocol item (its <see cref="Item.Unit"/> is stored with the value).</param>
/// <param name="Value">The normalised value (invariant numbers, <c>yyyy-MM-dd</c> dates, trimmed codes).</param>
/// <param name="Number">The number for VAS, integer and decimal items; otherwise null.</param>
public sealed record CheckedItemValue(Item Item, string Value, double? Number);
