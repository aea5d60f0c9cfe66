using Myelin.Domain.Records;

namespace Myelin.Data.Locking;

/// <summary>A casebook signature and whether the data changed after it.</summary>
/// <param name="Signature">The signature.</param>
/// <param name="FirstLaterChange">The first change-log row about the participant's clinical data after the signed position; null when none.</param>
public sealed record SignatureStatus(Signature Signature, ChangeLogEntry? FirstLaterChange)
{
    /// <summary>True when the participant's data changed after signing: the casebook needs signing again.</summary>
    public bool Stale => FirstLaterChange is not null;
}
