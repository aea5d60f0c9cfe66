namespace Myelin.Domain.Protocols;

/// <summary>One problem found while loading a protocol.</summary>
/// <param name="File">The file name given to the loader.</param>
/// <param name="Line">1-based line of the offending node (for a missing key: the line of the mapping that lacks it).</param>
/// <param name="Column">1-based column of the offending node.</param>
/// <param name="Path">Where in the document, e.g. <c>schedule.events[3].window.after</c>; empty for the whole file.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record ProtocolError(string File, int Line, int Column, string Path, string Message)
{
    /// <summary><c>file:line:column: path: message</c>, the form the CLI prints.</summary>
    public override string ToString() =>
        Path.Length == 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}:{Line}:{Column}: {Path}: {Message}";
}
