namespace Myelin.Domain.Protocols;

/// <summary>One question or measurement of an instrument.</summary>
/// <param name="Id">Item id, unique within its instrument; used in rules, scores and CSV files.</param>
/// <param name="Label">The question or measurement as shown to the person entering it.</param>
/// <param name="Type">Value type; decides which of the other properties apply.</param>
/// <param name="Required">Whether a value must be entered (default true).</param>
/// <param name="Min">Lowest allowed value: 0 for VAS; optional for integer and decimal.</param>
/// <param name="Max">Highest allowed value: 10 for VAS; optional for integer and decimal.</param>
/// <param name="Step">VAS resolution (default 0.1, i.e. 1 mm on a 100 mm line); null for other types.</param>
/// <param name="Unit">Unit of a decimal (required) or integer (optional) item, e.g. <c>pg/mL</c>.</param>
/// <param name="MinAnchor">VAS label at 0, e.g. <c>No tingling</c>.</param>
/// <param name="MaxAnchor">VAS label at 10, e.g. <c>Worst imaginable tingling</c>.</param>
/// <param name="Choices">Codes and labels of a choice item; empty for other types.</param>
/// <param name="MaxLength">Longest allowed text for a text item; null for no limit.</param>
public sealed record Item(
    string Id,
    string Label,
    ItemType Type,
    bool Required,
    double? Min,
    double? Max,
    double? Step,
    string? Unit,
    string? MinAnchor,
    string? MaxAnchor,
    IReadOnlyList<Choice> Choices,
    int? MaxLength)
{
    /// <summary>The label in the diary languages other than English; none by default.</summary>
    public Translations LabelTranslations { get; init; } = Translations.None;

    /// <summary>The anchor at 0 in the diary languages other than English; none by default.</summary>
    public Translations MinAnchorTranslations { get; init; } = Translations.None;

    /// <summary>The anchor at 10 in the diary languages other than English; none by default.</summary>
    public Translations MaxAnchorTranslations { get; init; } = Translations.None;

    /// <summary>The label in a diary language, English where the protocol has no translation.</summary>
    public string LabelIn(string language) => LabelTranslations.In(language, Label);

    /// <summary>The anchor at 0 in a diary language (English where untranslated); null when the item has none.</summary>
    public string? MinAnchorIn(string language) => MinAnchor is null ? null : MinAnchorTranslations.In(language, MinAnchor);

    /// <summary>The anchor at 10 in a diary language (English where untranslated); null when the item has none.</summary>
    public string? MaxAnchorIn(string language) => MaxAnchor is null ? null : MaxAnchorTranslations.In(language, MaxAnchor);

    /// <summary>True for VAS, integer and decimal items, whose values are numbers.</summary>
    public bool IsNumeric => Type is ItemType.Vas or ItemType.WholeNumber or ItemType.DecimalNumber;

    /// <summary>Checks one raw value; see <see cref="ItemValueValidator.Validate(Item, string?)"/>.</summary>
    public ItemValueCheck Validate(string? raw) => ItemValueValidator.Validate(this, raw);
}
