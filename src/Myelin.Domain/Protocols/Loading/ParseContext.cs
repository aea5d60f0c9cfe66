using YamlDotNet.Core;

namespace Myelin.Domain.Protocols.Loading;

/// <summary>Collects errors and remembers where each path of the document sits, so later checks can point at it.</summary>
internal sealed class ParseContext(string file)
{
    private readonly Dictionary<string, Mark> _marks = new(StringComparer.Ordinal);

    public List<ProtocolError> Errors { get; } = [];

    /// <summary>What loads but deserves the author's attention (e.g. diary text shown in English to every language).</summary>
    public List<ProtocolError> Warnings { get; } = [];

    public void Remember(string path, Mark mark) => _marks[path] = mark;

    public void Warn(string path, string message)
    {
        var mark = MarkOf(path);
        Warnings.Add(new ProtocolError(file, (int)mark.Line, (int)mark.Column, path, message));
    }

    public void Error(string path, Mark mark, string message) =>
        Errors.Add(new ProtocolError(file, (int)mark.Line, (int)mark.Column, path, message));

    /// <summary>An error at a path seen while parsing; falls back to the nearest remembered parent.</summary>
    public void Error(string path, string message) => Error(path, MarkOf(path), message);

    public Mark MarkOf(string path)
    {
        var probe = path;
        while (probe.Length > 0)
        {
            if (_marks.TryGetValue(probe, out var mark))
            {
                return mark;
            }

            var cut = Math.Max(probe.LastIndexOf('.'), probe.LastIndexOf('['));
            probe = cut > 0 ? probe[..cut] : string.Empty;
        }

        return _marks.TryGetValue(string.Empty, out var root) ? root : Mark.Empty;
    }
}
