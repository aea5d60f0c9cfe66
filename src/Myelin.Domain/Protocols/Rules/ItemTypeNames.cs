namespace Myelin.Domain.Protocols.Rules;

/// <summary>YAML names of item types.</summary>
internal static class ItemTypeNames
{
    public static readonly IReadOnlyList<(string Name, ItemType Type)> All =
    [
        ("vas", ItemType.Vas),
        ("integer", ItemType.WholeNumber),
        ("decimal", ItemType.DecimalNumber),
        ("choice", ItemType.Choice),
        ("yesno", ItemType.YesNo),
        ("date", ItemType.Date),
        ("text", ItemType.Text),
    ];

    public static string Name(ItemType type) => All.First(t => t.Type == type).Name;
}
