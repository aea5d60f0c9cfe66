using System.Security.Cryptography;
using System.Text;
using Myelin.Domain.Protocols.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Myelin.Domain.Protocols;

/// <summary>
/// Loads a YAML protocol (format <c>myelin.protocol/1</c>, documented key by key in docs/protocol.md)
/// and validates all of it in one pass: unknown keys, wrong types, missing keys, out-of-range values,
/// duplicate ids, undefined references, severity bands and eligibility rules. Every error carries the
/// file, 1-based line and column, the path in the document and what is allowed.
/// </summary>
public static class ProtocolLoader
{
    /// <summary>Loads a protocol from text; <paramref name="fileName"/> is only used in error messages.</summary>
    public static ProtocolLoadResult Load(string yamlText, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(fileName);
        var text = NormaliseLineEndings(yamlText);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var context = new ParseContext(fileName);

        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            var message = InnermostMessage(e);
            context.Error(string.Empty, e.Start, message.StartsWith("Duplicate key ", StringComparison.Ordinal)
                ? $"duplicate key '{message["Duplicate key ".Length..]}'; a key may appear only once in a mapping"
                : $"malformed YAML: {message}");
            return new ProtocolLoadResult(null, context.Errors, hash);
        }

        if (stream.Documents.Count != 1)
        {
            var where = stream.Documents.Count == 0 ? new Mark(0, 1, 1) : stream.Documents[1].RootNode.Start;
            context.Error(string.Empty, where, stream.Documents.Count == 0
                ? "the file is empty; a protocol starts with 'format: myelin.protocol/1' and a 'study' section"
                : "the file holds more than one YAML document; a protocol is exactly one document");
            return new ProtocolLoadResult(null, context.Errors, hash);
        }

        var protocol = new ProtocolReader(context).Read(stream.Documents[0].RootNode);
        var errors = context.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();
        return new ProtocolLoadResult(errors.Count == 0 ? protocol : null, errors, hash)
        {
            Warnings = [.. context.Warnings.OrderBy(w => w.Line).ThenBy(w => w.Column)],
        };
    }

    /// <summary>
    /// Reads and loads a protocol file (UTF-8, BOM ignored); errors name the path as given. A file that cannot
    /// be read gives one error at line 0, column 0 and an empty content hash.
    /// </summary>
    public static ProtocolLoadResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new ProtocolLoadResult(null, [new ProtocolError(path, 0, 0, string.Empty, $"cannot read the protocol file: {e.Message}")], string.Empty);
        }

        return Load(text, path);
    }

    /// <summary>The content hash <see cref="Load"/> reports for this text (SHA-256 hex of the LF-normalised UTF-8 text).</summary>
    public static string ContentHashOf(string yamlText)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NormaliseLineEndings(yamlText))));
    }

    private static string NormaliseLineEndings(string text)
    {
        var withoutBom = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        return withoutBom.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    private static string InnermostMessage(YamlException e)
    {
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && cut > 0 ? message[(cut + 3)..] : message;
    }
}
