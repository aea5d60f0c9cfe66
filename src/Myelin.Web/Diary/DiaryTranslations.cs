using Myelin.Domain.Protocols;
using Myelin.Domain.Records;

namespace Myelin.Web.Diary;

/// <summary>
/// Which of the protocol's diary texts a participant would see in English for want of a translation: the labels and
/// VAS anchors of every diary instrument's rated items and the labels of the events that carry them. Shown to staff
/// where they choose a participant's language, so the English fallback is never silent (docs/protocol.md, "Translations").
/// </summary>
public static class DiaryTranslations
{
    /// <summary>The English texts of the diary with no translation into <paramref name="language"/>, in protocol order, without repeats; empty for English.</summary>
    public static IReadOnlyList<string> Untranslated(Protocol protocol, string language)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        if (language == DiaryLanguage.English)
        {
            return [];
        }

        var diaries = protocol.Instruments.Where(i => DiaryInstruments.IsDiary(protocol, i)).ToList();
        var texts = new List<(string English, Translations Translations)>();
        texts.AddRange(protocol.Schedule.Definitions
            .Where(d => d.Instruments.Any(id => diaries.Any(i => i.Id == id)))
            .Select(d => (d.Label, d.LabelTranslations)));
        foreach (var item in diaries.SelectMany(DiaryInstruments.RatedItems))
        {
            texts.Add((item.Label, item.LabelTranslations));
            if (item.MinAnchor is { } min)
            {
                texts.Add((min, item.MinAnchorTranslations));
            }

            if (item.MaxAnchor is { } max)
            {
                texts.Add((max, item.MaxAnchorTranslations));
            }
        }

        return [.. texts.Where(t => !t.Translations.Covers(language)).Select(t => t.English).Distinct(StringComparer.Ordinal)];
    }
}
