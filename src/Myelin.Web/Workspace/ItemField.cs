using System.Globalization;
using Myelin.Domain.Protocols;

namespace Myelin.Web.Workspace;

/// <summary>One protocol item as a form field: the input's name and id, the value to show and the message beside it.</summary>
/// <param name="Item">The protocol item (type, unit, range, choices).</param>
/// <param name="Name">The input's name, e.g. <c>Values[b12]</c>.</param>
/// <param name="Id">The input's id, e.g. <c>value-b12</c>; its message has id <c>error-…</c> and its unit <c>unit-…</c>.</param>
/// <param name="Value">The value shown (as posted, or as stored).</param>
/// <param name="Error">The message beside the field; null when none.</param>
public sealed record ItemField(Item Item, string Name, string Id, string? Value, string? Error)
{
    /// <summary>The allowed values in words, e.g. <c>20 to 5000</c> or <c>0 to 10 in steps of 0.1</c>; null for non-numeric items.</summary>
    public string? Allowed => Item.IsNumeric
        ? (Item.Min, Item.Max) switch
        {
            ({ } lo, { } hi) => $"{F(lo)} to {F(hi)}",
            ({ } lo, null) => $"at least {F(lo)}",
            (null, { } hi) => $"at most {F(hi)}",
            _ => Item.Type == ItemType.WholeNumber ? "a whole number" : "a number",
        } + (Item.Step is { } step ? $" in steps of {F(step)}" : string.Empty)
        : null;

    /// <summary>The id of the message element.</summary>
    public string ErrorId => "error-" + Id["value-".Length..];

    /// <summary>The id of the unit element.</summary>
    public string UnitId => "unit-" + Id["value-".Length..];

    /// <summary>The field for an item named <c>{prefix}[{item id}]</c> with id <c>value-{item id}</c>.</summary>
    public static ItemField For(Item item, string prefix, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(errors);
        return new ItemField(item, $"{prefix}[{item.Id}]", "value-" + item.Id, values.GetValueOrDefault(item.Id), errors.GetValueOrDefault(item.Id));
    }

    private static string F(double value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
