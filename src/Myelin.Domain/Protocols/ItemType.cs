namespace Myelin.Domain.Protocols;

/// <summary>Item value types and their YAML names.</summary>
public enum ItemType
{
    /// <summary><c>vas</c>: visual analogue scale 0–10 with a step and anchor labels.</summary>
    Vas,

    /// <summary><c>integer</c>: whole number, optional min/max.</summary>
    WholeNumber,

    /// <summary><c>decimal</c>: number with a unit and an allowed range.</summary>
    DecimalNumber,

    /// <summary><c>choice</c>: one code out of a list of codes with labels.</summary>
    Choice,

    /// <summary><c>yesno</c>: <c>yes</c> or <c>no</c>.</summary>
    YesNo,

    /// <summary><c>date</c>: ISO 8601 calendar date, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary><c>text</c>: free text, optional max length.</summary>
    Text,
}
