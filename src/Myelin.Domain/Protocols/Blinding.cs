namespace Myelin.Domain.Protocols;

/// <summary>Blinding level; YAML values <c>none</c>, <c>single</c>, <c>double</c>.</summary>
public enum Blinding
{
    /// <summary>Open label: everyone knows the arm.</summary>
    None,

    /// <summary>Participants do not know their arm.</summary>
    SingleBlind,

    /// <summary>Neither participants nor investigators and assessors know the arm.</summary>
    DoubleBlind,
}
