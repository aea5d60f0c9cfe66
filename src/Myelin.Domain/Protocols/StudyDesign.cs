namespace Myelin.Domain.Protocols;

/// <summary>The design of a study.</summary>
/// <param name="Kind">Single-arm open-label or randomised.</param>
/// <param name="Blinding">Who is blinded; always <see cref="Blinding.None"/> for a single-arm open-label study.</param>
public sealed record StudyDesign(DesignKind Kind, Blinding Blinding)
{
    /// <summary>True for a randomised design (arms carry allocation ratios).</summary>
    public bool IsRandomised => Kind == DesignKind.Randomised;
}
