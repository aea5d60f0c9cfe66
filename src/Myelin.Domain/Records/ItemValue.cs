namespace Myelin.Domain.Records;

/// <summary>The value of one item of an assessment: the text as entered, the number where the item is numeric, and the unit.</summary>
public sealed class ItemValue
{
    // For EF: it sets the properties itself.
    private ItemValue()
    {
        ItemId = Value = string.Empty;
        Assessment = null!;
    }

    internal ItemValue(Assessment assessment, string itemId, string value, double? numeric, string? unit)
    {
        Assessment = assessment;
        AssessmentId = assessment.Id;
        ItemId = itemId;
        Value = string.Empty;
        Change(value, numeric, unit);
    }

    /// <summary>Database key; 0 until saved.</summary>
    public long Id { get; private set; }

    /// <summary>The assessment's database key.</summary>
    public long AssessmentId { get; private set; }

    /// <summary>The assessment.</summary>
    public Assessment Assessment { get; private set; }

    /// <summary>The item id from the instrument.</summary>
    public string ItemId { get; private set; }

    /// <summary>The value as entered.</summary>
    public string Value { get; private set; }

    /// <summary>The value as a number when the item is numeric, otherwise null.</summary>
    public double? Numeric { get; private set; }

    /// <summary>The unit when the item has one.</summary>
    public string? Unit { get; private set; }

    internal void Change(string value, double? numeric, string? unit)
    {
        Value = Guard.Text(value, $"value of item '{ItemId}'");
        Numeric = Guard.Finite(numeric, $"numeric value of item '{ItemId}'");
        Unit = Guard.OptionalText(unit, $"unit of item '{ItemId}'", 32);
    }
}
