namespace Myelin.Data.ChangeLog;

/// <summary>The outcome of walking the change log's hash chain.</summary>
/// <param name="RowsChecked">How many rows were checked, in the order written.</param>
/// <param name="FirstBrokenId">The id of the first row whose hash does not follow from the rows before it; null when the chain holds.</param>
/// <param name="Problem">What is wrong at that row; null when the chain holds.</param>
/// <param name="LastHash">The hash of the last row (empty for an empty log). Recording it elsewhere lets a later check detect rows removed from the end.</param>
public sealed record ChangeLogVerification(long RowsChecked, long? FirstBrokenId, string? Problem, string LastHash)
{
    /// <summary>True when every row's hash follows from the rows before it.</summary>
    public bool Intact => FirstBrokenId is null;
}
