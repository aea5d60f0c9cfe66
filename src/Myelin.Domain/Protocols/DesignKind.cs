namespace Myelin.Domain.Protocols;

/// <summary>Study design; YAML values <c>single-arm-open-label</c> and <c>randomised</c>.</summary>
public enum DesignKind
{
    /// <summary>One arm, everyone treated, nobody blinded (e.g. Kulkarni et al., CTRI/2012/08/002930).</summary>
    SingleArmOpenLabel,

    /// <summary>Participants are allocated at random between two or more arms.</summary>
    Randomised,
}
