using Myelin.Domain.Records;

namespace Myelin.Domain.Protocols.Loading;

internal sealed partial class ProtocolReader
{
    // Every participant-facing text read so far, in file order; an instrument's texts are a contiguous run.
    private readonly List<TranslatableText> _texts = [];

    // Instrument id -> the languages its texts are translated into.
    private readonly Dictionary<string, IReadOnlyList<string>> _instrumentLanguages = new(StringComparer.Ordinal);

    /// <summary>Reads a participant-facing text (plain or translated) and remembers it for the completeness checks.</summary>
    private TranslatableText? ReadTranslatable(YamlMap map, string key, bool required)
    {
        var text = map.Translatable(key, required);
        if (text is not null)
        {
            _texts.Add(text);
        }

        return text;
    }

    /// <summary>
    /// A language is translated for a whole instrument or not at all: once any of its texts has, say, Hindi, every
    /// label, anchor and choice of the instrument needs Hindi too, so no participant sees a half-English form.
    /// Reports each text that lacks one; remembers the instrument's languages for its events.
    /// </summary>
    private void CheckInstrumentTranslations(string? instrumentId, int firstText)
    {
        var texts = _texts[firstText..];
        var languages = DiaryLanguage.All.Where(l => texts.Any(t => t.Translations.Languages.Contains(l))).ToList();
        foreach (var language in languages)
        {
            var example = texts.First(t => t.Translations.Languages.Contains(language)).Path;
            foreach (var text in texts.Where(t => !t.Translations.Covers(language)))
            {
                context.Error(text.Path,
                    $"no {YamlMap.LanguageName(language)} ('{language}') text for '{text.English}'; instrument '{instrumentId}' is translated into {YamlMap.LanguageName(language)} (e.g. at {example}), so every label, anchor and choice of it needs '{language}', or a participant whose diary language is {language} would see this one in English");
            }
        }

        if (instrumentId is not null)
        {
            _instrumentLanguages[instrumentId] = languages;
        }
    }

    /// <summary>An event that carries a translated instrument needs its label in the same languages (the diary shows it as the form's title).</summary>
    private void CheckEventTranslations(TranslatableText? label, IReadOnlyList<string> instrumentIds)
    {
        if (label is null)
        {
            return;
        }

        foreach (var language in DiaryLanguage.All)
        {
            var translated = instrumentIds.FirstOrDefault(i => _instrumentLanguages.TryGetValue(i, out var l) && l.Contains(language));
            if (translated is not null && !label.Translations.Covers(language))
            {
                context.Error(label.Path,
                    $"no {YamlMap.LanguageName(language)} ('{language}') text for '{label.English}'; the event's instrument '{translated}' is translated into {YamlMap.LanguageName(language)}, so the event label (the title of the diary form) needs '{language}' too");
            }
        }
    }

    /// <summary>A diary language no text is translated into: its participants would see every question in English.</summary>
    private void WarnUntranslatedLanguages()
    {
        foreach (var language in DiaryLanguage.All.Where(l => l != DiaryLanguage.English))
        {
            if (!_texts.Any(t => t.Translations.Covers(language)))
            {
                context.Warn(string.Empty,
                    $"no text is translated into {YamlMap.LanguageName(language)} ('{language}'): a participant whose diary language is {language} sees the diary's questions, anchors and event labels in English (see docs/protocol.md, \"Translations\")");
            }
        }
    }
}
