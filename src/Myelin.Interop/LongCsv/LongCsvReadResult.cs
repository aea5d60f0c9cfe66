namespace Myelin.Interop.LongCsv;

/// <summary>The rows a long CSV file holds, and every problem found in it.</summary>
public sealed record LongCsvReadResult(IReadOnlyList<LongRow> Rows, IReadOnlyList<LongCsvError> Errors)
{
    /// <summary>True when the file has no problem at all.</summary>
    public bool IsValid => Errors.Count == 0;
}
