namespace Myelin.Web.Api;

/// <summary>One stored item value.</summary>
/// <param name="Item">The item id.</param>
/// <param name="Value">The value as stored (normalised text).</param>
/// <param name="Number">The number for numeric items, else null.</param>
/// <param name="Unit">The unit, or null.</param>
public sealed record ItemValueView(string Item, string Value, double? Number, string? Unit);
