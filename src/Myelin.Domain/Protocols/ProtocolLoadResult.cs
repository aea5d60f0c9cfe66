namespace Myelin.Domain.Protocols;

/// <summary>The outcome of loading a protocol file.</summary>
/// <param name="Protocol">The validated protocol; null when there is any error.</param>
/// <param name="Errors">Every error found, ordered by line and column; empty on success.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the file text as UTF-8 with line endings normalised to LF (no BOM).</param>
public sealed record ProtocolLoadResult(Protocol? Protocol, IReadOnlyList<ProtocolError> Errors, string ContentHash)
{
    /// <summary>True when the protocol loaded with no errors.</summary>
    public bool Succeeded => Protocol is not null && Errors.Count == 0;

    /// <summary>
    /// What loads but deserves the author's attention, ordered by line (e.g. a diary language into which no text is
    /// translated, so its participants see the questions in English); empty when there is nothing to say.
    /// </summary>
    public IReadOnlyList<ProtocolError> Warnings { get; init; } = [];
}
