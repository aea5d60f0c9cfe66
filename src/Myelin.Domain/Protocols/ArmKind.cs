namespace Myelin.Domain.Protocols;

/// <summary>Whether an arm receives the active product or a placebo; YAML values <c>active</c>, <c>placebo</c>.</summary>
public enum ArmKind
{
    /// <summary>The active product.</summary>
    Active,

    /// <summary>An identical-looking placebo.</summary>
    Placebo,
}
