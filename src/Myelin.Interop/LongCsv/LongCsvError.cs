namespace Myelin.Interop.LongCsv;

/// <summary>What is wrong with a long CSV file, and where.</summary>
/// <param name="File">The file name as the user gave it.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The column's name, or empty when the whole row is at fault.</param>
public sealed record LongCsvError(string File, int Line, string Column, string Message)
{
    public override string ToString() =>
        Column.Length == 0 ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: column '{Column}': {Message}";
}
