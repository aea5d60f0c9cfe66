namespace Myelin.Domain.Records;

/// <summary>The value of one screening item for one participant, e.g. serum B12 or the baseline score.</summary>
public sealed class ScreeningValue
{
    // For EF: it sets the properties itself.
    private ScreeningValue()
    {
        ItemId = string.Empty;
        Value = string.Empty;
        Participant = null!;
    }

    internal ScreeningValue(Participant participant, string itemId, string value, double? numeric, string? unit)
    {
        Participant = participant;
        ParticipantId = participant.Id;
        ItemId = itemId;
        Value = string.Empty;
        Change(value, numeric, unit);
    }

    /// <summary>Database key; 0 until saved.</summary>
    public long Id { get; private set; }

    /// <summary>The participant's database key.</summary>
    public long ParticipantId { get; private set; }

    /// <summary>The participant.</summary>
    public Participant Participant { get; private set; }

    /// <summary>The screening item id from the protocol.</summary>
    public string ItemId { get; private set; }

    /// <summary>The value as entered.</summary>
    public string Value { get; private set; }

    /// <summary>The value as a number when the item is numeric, otherwise null.</summary>
    public double? Numeric { get; private set; }

    /// <summary>The unit when the item has one.</summary>
    public string? Unit { get; private set; }

    internal void Change(string value, double? numeric, string? unit)
    {
        Value = Guard.Text(value, $"value of screening item '{ItemId}'");
        Numeric = Guard.Finite(numeric, $"numeric value of screening item '{ItemId}'");
        Unit = Guard.OptionalText(unit, $"unit of screening item '{ItemId}'", 32);
    }
}
