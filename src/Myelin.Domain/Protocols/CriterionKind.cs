namespace Myelin.Domain.Protocols;

/// <summary>Whether a criterion must hold or must not hold; YAML values <c>inclusion</c>, <c>exclusion</c>.</summary>
public enum CriterionKind
{
    /// <summary>The participant is eligible only if the rule is true.</summary>
    Inclusion,

    /// <summary>The participant is excluded if the rule is true.</summary>
    Exclusion,
}
