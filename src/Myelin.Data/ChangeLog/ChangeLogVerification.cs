namespace Myelin.Data.ChangeLog;

/// <summary>The outcome of walking one study's audit-trail hash chain.</summary>
/// <param name="StudyId">The study checked.</param>
/// <param name="RowsChecked">How many rows were read, in sequence order, up to and including the first broken one.</param>
/// <param name="FirstBrokenId">The database id of the first row that does not follow from the rows before it (-1 when that row cannot even be read); null when the chain holds.</param>
/// <param name="FirstBrokenSequence">That row's sequence number; null when the chain holds.</param>
/// <param name="Problem">What is wrong there, naming the entry; null when the chain holds.</param>
/// <param name="LastHash">The hash of the last intact entry (empty for an empty trail). Recording it elsewhere lets a later check detect entries removed from the end.</param>
/// <param name="LastSequence">The sequence number of the last intact entry (0 for an empty trail).</param>
public sealed record ChangeLogVerification(string StudyId, long RowsChecked, long? FirstBrokenId, long? FirstBrokenSequence, string? Problem, string LastHash, long LastSequence)
{
    /// <summary>True when every row's hash follows from the rows before it.</summary>
    public bool Intact => FirstBrokenId is null;
}
