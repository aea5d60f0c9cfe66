using System.Globalization;
using System.Text.RegularExpressions;
using Myelin.Domain.Records;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Myelin.Domain.Protocols.Loading;

/// <summary>Typed, error-collecting access to one YAML mapping at a known path.</summary>
internal sealed partial class YamlMap
{
    private readonly ParseContext _context;
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);

    private YamlMap(ParseContext context, string path, Mark start)
    {
        _context = context;
        Path = path;
        Start = start;
    }

    public string Path { get; }

    public Mark Start { get; }

    public ParseContext Context => _context;

    /// <summary>Opens a mapping; reports a non-mapping node and every key not in <paramref name="allowedKeys"/>.</summary>
    public static YamlMap? Open(ParseContext context, YamlNode node, string path, string what, params string[] allowedKeys)
    {
        context.Remember(path, node.Start);
        if (node is not YamlMappingNode mapping)
        {
            context.Error(path, node.Start, $"{what} must be a mapping of keys ({string.Join(", ", allowedKeys)}); found {Describe(node)}");
            return null;
        }

        var map = new YamlMap(context, path, node.Start);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            var keyPath = Join(path, key ?? "?");
            if (key is null || !allowedKeys.Contains(key))
            {
                context.Error(keyPath, keyNode.Start, $"unknown key '{key ?? Describe(keyNode)}' in {what}; allowed keys: {string.Join(", ", allowedKeys)}");
                continue;
            }

            context.Remember(keyPath, valueNode.Start);
            map._values[key] = valueNode;
        }

        return map;
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: null or "" or "~" or "null" } s when s.Style == ScalarStyle.Plain => "no value",
        YamlScalarNode s when s.Style != ScalarStyle.Plain => $"the quoted text '{s.Value}'",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "an alias",
    };

    public string PathOf(string key) => Join(Path, key);

    public bool Has(string key) => Node(key, false) is not null;

    /// <summary>The value node of a key; null (and an error when required) when missing or null.</summary>
    public YamlNode? Node(string key, bool required)
    {
        if (_values.TryGetValue(key, out var node) && !IsNull(node))
        {
            return node;
        }

        if (required)
        {
            if (node is not null)
            {
                _context.Error(PathOf(key), node.Start, $"'{key}' needs a value");
            }
            else
            {
                _context.Error(PathOf(key), Start, $"missing required key '{key}'");
            }
        }

        return null;
    }

    public YamlMap? Map(string key, bool required, string what, params string[] allowedKeys) =>
        Node(key, required) is { } node ? Open(_context, node, PathOf(key), what, allowedKeys) : null;

    public string? Text(string key, bool required)
    {
        if (Node(key, required) is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
        {
            return value.Trim();
        }

        _context.Error(PathOf(key), node.Start, node is YamlMappingNode mapping && mapping.Children.Keys.Any(k => k is YamlScalarNode { Value: DiaryLanguage.English })
            ? $"'{key}' must be text; found a mapping of languages. Translations are allowed only on participant-facing text: instrument, item, choice and event labels and VAS anchors"
            : $"'{key}' must be text; found {Describe(node)}");
        return null;
    }

    /// <summary>
    /// Participant-facing text: plain text (English), or a mapping of diary language to text with <c>en</c> required,
    /// e.g. <c>{ en: Tingling, hi: झुनझुनी }</c>. Reports unknown language codes, empty texts and a missing <c>en</c>.
    /// </summary>
    public TranslatableText? Translatable(string key, bool required)
    {
        if (Node(key, required) is not { } node)
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            return Text(key, required) is { } plain ? new TranslatableText(plain, Translations.None, PathOf(key)) : null;
        }

        var path = PathOf(key);
        string? english = null;
        var others = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var language = (keyNode as YamlScalarNode)?.Value;
            var languagePath = Join(path, language ?? "?");
            _context.Remember(languagePath, valueNode.Start);
            if (language is null || !DiaryLanguage.All.Contains(language))
            {
                _context.Error(languagePath, keyNode.Start,
                    $"'{language ?? Describe(keyNode)}' is not a diary language; allowed: {string.Join(", ", DiaryLanguage.All)} ({string.Join(", ", DiaryLanguage.All.Select(LanguageName))})");
                continue;
            }

            if (valueNode is not YamlScalarNode { Value: { } value } || value.Trim().Length == 0)
            {
                _context.Error(languagePath, valueNode.Start, valueNode is YamlScalarNode
                    ? $"the {LanguageName(language)} text of '{key}' is empty; write it, or leave '{language}' out{(language == DiaryLanguage.English ? string.Empty : " to show English")}"
                    : $"the {LanguageName(language)} text of '{key}' must be text; found {Describe(valueNode)}");
                continue;
            }

            if (language == DiaryLanguage.English)
            {
                english = value.Trim();
            }
            else
            {
                others[language] = value.Trim();
            }
        }

        if (english is null && !mapping.Children.Keys.Any(k => k is YamlScalarNode { Value: DiaryLanguage.English }))
        {
            _context.Error(path, node.Start,
                $"'{key}' needs its English text 'en' (shown to staff, and to any participant whose language has no translation); found {(mapping.Children.Count == 0 ? "an empty mapping" : string.Join(", ", mapping.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? "?")))}");
        }

        // With a bad translation the English text is still returned, so one slip is one error (not also every
        // reference to the item); the protocol does not load either way.
        return english is null ? null : new TranslatableText(english, new Translations(others), path);
    }

    /// <summary>The English name of a diary language code, for messages.</summary>
    public static string LanguageName(string language) => language switch
    {
        DiaryLanguage.English => "English",
        DiaryLanguage.Hindi => "Hindi",
        DiaryLanguage.Marathi => "Marathi",
        _ => language,
    };

    /// <summary>An id: starts with a lower-case letter, then lower-case letters, digits, '_' or '-'.</summary>
    public string? Id(string key, bool required)
    {
        var value = Text(key, required);
        if (value is not null && !IdPattern().IsMatch(value))
        {
            _context.Error(PathOf(key), _values[key].Start,
                $"'{value}' is not a valid id; use a lower-case letter followed by lower-case letters, digits, '_' or '-' (e.g. diary-w0)");
            return null;
        }

        return value;
    }

    public int? Int(string key, bool required, int min = int.MinValue, int max = int.MaxValue)
    {
        if (Node(key, required) is not { } node)
        {
            return null;
        }

        if (node is not YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text }
            || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            _context.Error(PathOf(key), node.Start, $"'{key}' must be a whole number{RangeWords(min, max)}; found {Describe(node)}");
            return null;
        }

        if (value < min || value > max)
        {
            _context.Error(PathOf(key), node.Start, $"'{key}' is {value}; allowed: a whole number{RangeWords(min, max)}");
            return null;
        }

        return value;
    }

    public double? Number(string key, bool required, double? min = null, double? max = null, bool positive = false)
    {
        if (Node(key, required) is not { } node)
        {
            return null;
        }

        const NumberStyles styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (node is not YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text }
            || !double.TryParse(text, styles, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            _context.Error(PathOf(key), node.Start, $"'{key}' must be a number (with '.' for decimals); found {Describe(node)}");
            return null;
        }

        if ((min is { } lo && value < lo) || (max is { } hi && value > hi) || (positive && value <= 0))
        {
            var allowed = positive ? "a number greater than 0" : $"a number{RangeWords(min, max)}";
            _context.Error(PathOf(key), node.Start, $"'{key}' is {text}; allowed: {allowed}");
            return null;
        }

        return value;
    }

    public bool? Bool(string key, bool required)
    {
        if (Node(key, required) is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        _context.Error(PathOf(key), node.Start, $"'{key}' must be true or false; found {Describe(node)}");
        return null;
    }

    public T? Choice<T>(string key, bool required, IReadOnlyList<(string Name, T Value)> allowed)
        where T : struct
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        foreach (var (name, value) in allowed)
        {
            if (name == text)
            {
                return value;
            }
        }

        _context.Error(PathOf(key), _values[key].Start, $"'{text}' is not allowed for '{key}'; allowed: {string.Join(", ", allowed.Select(a => a.Name))}");
        return null;
    }

    /// <summary>A list under a key; each element is read by <paramref name="read"/> with its path (e.g. <c>arms[1]</c>).</summary>
    public List<T> List<T>(string key, bool required, bool nonEmpty, Func<YamlNode, string, T?> read)
        where T : class
    {
        var result = new List<T>();
        if (Node(key, required) is not { } node)
        {
            return result;
        }

        if (node is not YamlSequenceNode sequence)
        {
            _context.Error(PathOf(key), node.Start, $"'{key}' must be a list; found {Describe(node)}");
            return result;
        }

        if (nonEmpty && sequence.Children.Count == 0)
        {
            _context.Error(PathOf(key), node.Start, $"'{key}' must list at least one entry");
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var elementPath = string.Create(CultureInfo.InvariantCulture, $"{PathOf(key)}[{i}]");
            _context.Remember(elementPath, sequence.Children[i].Start);
            if (read(sequence.Children[i], elementPath) is { } value)
            {
                result.Add(value);
            }
        }

        return result;
    }

    /// <summary>A list of texts (ids when <paramref name="ids"/>), reported element by element.</summary>
    public List<string> TextList(string key, bool required, bool nonEmpty, bool ids = true) =>
        List(key, required, nonEmpty, (node, path) =>
        {
            if (node is YamlScalarNode { Value: { } text } && text.Trim().Length > 0 && (!ids || IdPattern().IsMatch(text.Trim())))
            {
                return text.Trim();
            }

            _context.Error(path, node.Start, ids
                ? $"expected an id (lower-case letter, then lower-case letters, digits, '_' or '-'); found {Describe(node)}"
                : $"expected text; found {Describe(node)}");
            return null;
        });

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static string RangeWords(double? min, double? max) => (min, max) switch
    {
        ({ } lo, { } hi) when lo > int.MinValue && hi < int.MaxValue => $" from {Format(lo)} to {Format(hi)}",
        ({ } lo, _) when lo > int.MinValue => $" ≥ {Format(lo)}",
        (_, { } hi) when hi < int.MaxValue => $" ≤ {Format(hi)}",
        _ => string.Empty,
    };

    private static string Format(double value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z][a-z0-9_-]*$")]
    private static partial Regex IdPattern();
}
