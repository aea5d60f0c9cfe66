using Myelin.Domain.Records;

namespace Myelin.Domain.Protocols;

/// <summary>
/// The translations of one participant-facing text (an item label, a VAS anchor, a choice, an instrument or event
/// label) into the diary languages other than English. The English text stays on the owning record's own property;
/// a protocol writes both as <c>label: { en: Tingling, hi: झुनझुनी, mr: मुंग्या येणे }</c> (docs/protocol.md, "Translations").
/// </summary>
public sealed class Translations
{
    private readonly Dictionary<string, string> _texts;

    /// <summary>Translations keyed by diary language code (see <see cref="DiaryLanguage"/>), English excluded.</summary>
    /// <exception cref="ArgumentException">A key is not a diary language other than English, or a text is blank.</exception>
    public Translations(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        foreach (var (language, text) in texts)
        {
            if (language == DiaryLanguage.English || !DiaryLanguage.All.Contains(language))
            {
                throw new ArgumentException($"'{language}' is not a translation language; allowed: {string.Join(", ", DiaryLanguage.All.Where(l => l != DiaryLanguage.English))}.", nameof(texts));
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ArgumentException($"the '{language}' text is empty.", nameof(texts));
            }
        }

        _texts = new Dictionary<string, string>(texts, StringComparer.Ordinal);
    }

    /// <summary>No translations: the text is English only.</summary>
    public static Translations None { get; } = new(new Dictionary<string, string>());

    /// <summary>The languages translated into, in <see cref="DiaryLanguage.All"/> order.</summary>
    public IReadOnlyList<string> Languages => [.. DiaryLanguage.All.Where(_texts.ContainsKey)];

    /// <summary>True when the text can be shown in <paramref name="language"/> (English always can).</summary>
    public bool Covers(string language) => language == DiaryLanguage.English || _texts.ContainsKey(language);

    /// <summary>The text in <paramref name="language"/>; <paramref name="english"/> when it has no translation there.</summary>
    public string In(string language, string english) =>
        _texts.TryGetValue(language, out var text) ? text : english;
}
