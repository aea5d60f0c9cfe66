using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using static Myelin.Domain.Tests.Protocols.MinimalProtocol;

namespace Myelin.Domain.Tests.Protocols;

/// <summary>
/// Participant-facing text may be written as <c>{ en: …, hi: …, mr: … }</c>; the loader checks the languages, the
/// texts and that a translated instrument is translated whole, and plain text stays valid English.
/// </summary>
public class ProtocolLoaderTranslationTests
{
    /// <summary>The minimal protocol with the symptoms diary and its event in English, Hindi and Marathi.</summary>
    private static readonly string Translated = Replace(Yaml,
        ("    label: Symptoms\n", "    label: { en: Symptoms, hi: लक्षण, mr: लक्षणे }\n"),
        ("label: Tingling", "label: { en: Tingling, hi: झुनझुनी, mr: मुंग्या येणे }"),
        ("step: 0.5", "step: 0.5\n        anchors:\n          min: { en: No tingling, hi: कोई झुनझुनी नहीं, mr: मुंग्या अजिबात नाहीत }\n          max: No worse tingling imaginable"),
        ("label: Numbness", "label: { en: Numbness, hi: सुन्नपन, mr: बधिरपणा }"),
        ("label: Overall\n", "label:\n          en: Overall\n          hi: कुल मिलाकर\n          mr: एकूण\n"),
        ("label: Diary\n", "label: { en: Diary, hi: डायरी, mr: दैनंदिनी }\n"));

    [Fact]
    public void Translated_labels_load_with_English_kept_as_the_label()
    {
        var yaml = Replace(Translated, ("max: No worse tingling imaginable", "max: { en: Worst tingling imaginable, hi: सबसे ज़्यादा झुनझुनी, mr: सर्वात जास्त मुंग्या }"));

        var result = ProtocolLoader.Load(yaml, FileName);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        var symptoms = result.Protocol!.GetInstrument("symptoms");
        var tingling = symptoms.FindItem("tingling")!;
        Assert.Equal("Tingling", tingling.Label);
        Assert.Equal("झुनझुनी", tingling.LabelIn(DiaryLanguage.Hindi));
        Assert.Equal("मुंग्या येणे", tingling.LabelIn(DiaryLanguage.Marathi));
        Assert.Equal("Tingling", tingling.LabelIn(DiaryLanguage.English));
        Assert.Equal("No tingling", tingling.MinAnchor);
        Assert.Equal("मुंग्या अजिबात नाहीत", tingling.MinAnchorIn(DiaryLanguage.Marathi));
        Assert.Equal("सबसे ज़्यादा झुनझुनी", tingling.MaxAnchorIn(DiaryLanguage.Hindi));
        Assert.Null(symptoms.FindItem("numbness")!.MinAnchorIn(DiaryLanguage.Hindi));
        Assert.Equal("कुल मिलाकर", symptoms.FindItem("global")!.LabelIn(DiaryLanguage.Hindi));
        Assert.Equal("लक्षणे", symptoms.LabelIn(DiaryLanguage.Marathi));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_repeating_event_gets_the_week_in_each_language()
    {
        var yaml = Replace(Translated, ("max: No worse tingling imaginable", "max: { en: Worst, hi: सबसे ज़्यादा, mr: सर्वात जास्त }"));

        var protocol = ProtocolLoader.Load(yaml, FileName).Protocol!;

        var week4 = protocol.FindEvent("diary-w4")!;
        Assert.Equal("Diary (week 4)", week4.Label);
        Assert.Equal("डायरी (सप्ताह 4)", week4.LabelIn(DiaryLanguage.Hindi));
        Assert.Equal("दैनंदिनी (आठवडा 4)", week4.LabelIn(DiaryLanguage.Marathi));
        Assert.Equal("Week 4 visit", protocol.FindEvent("visit-w4")!.LabelIn(DiaryLanguage.Hindi));
    }

    [Fact]
    public void Plain_text_is_English_and_every_language_falls_back_to_it_with_a_warning()
    {
        var result = ProtocolLoader.Load(Yaml, FileName);

        Assert.True(result.Succeeded);
        var tingling = result.Protocol!.FindItem("symptoms", "tingling")!;
        Assert.Equal("Tingling", tingling.LabelIn(DiaryLanguage.Hindi));
        Assert.Equal("Diary (week 8)", result.Protocol.FindEvent("diary-w8")!.LabelIn(DiaryLanguage.Marathi));
        Assert.Equal(
            [
                "test.yaml:1:1: no text is translated into Hindi ('hi'): a participant whose diary language is hi sees the diary's questions, anchors and event labels in English (see docs/protocol.md, \"Translations\")",
                "test.yaml:1:1: no text is translated into Marathi ('mr'): a participant whose diary language is mr sees the diary's questions, anchors and event labels in English (see docs/protocol.md, \"Translations\")",
            ],
            result.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void Unknown_language_code_names_the_path_and_the_allowed_codes()
    {
        var yaml = With("label: Age", "label: { en: Age, fr: Âge }");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "fr: Âge"), (error.Line, error.Column));
        Assert.Equal("instruments[2].items[3].label.fr", error.Path);
        Assert.Equal("'fr' is not a diary language; allowed: en, hi, mr (English, Hindi, Marathi)", error.Message);
        Assert.StartsWith("test.yaml:", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ en: Age, hi: '' }")]
    [InlineData("{ en: Age, hi: '   ' }")]
    [InlineData("{ en: Age, hi: }")]
    public void Empty_translation_is_an_error(string label)
    {
        var yaml = With("label: Age", "label: " + label);

        var error = SingleError(yaml);

        Assert.Equal("instruments[2].items[3].label.hi", error.Path);
        Assert.Equal("the Hindi text of 'label' is empty; write it, or leave 'hi' out to show English", error.Message);
    }

    [Fact]
    public void Translation_that_is_not_text_is_an_error()
    {
        var yaml = With("label: Age", "label: { en: Age, hi: [आयु] }");

        var error = SingleError(yaml);

        Assert.Equal("instruments[2].items[3].label.hi", error.Path);
        Assert.Equal("the Hindi text of 'label' must be text; found a list", error.Message);
    }

    [Fact]
    public void English_is_required_in_the_map_form()
    {
        var yaml = With("label: Age", "label: { hi: आयु, mr: वय }");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "{ hi: आयु"), (error.Line, error.Column));
        Assert.Equal("instruments[2].items[3].label", error.Path);
        Assert.Equal("'label' needs its English text 'en' (shown to staff, and to any participant whose language has no translation); found hi, mr", error.Message);
    }

    [Fact]
    public void A_half_translated_instrument_names_each_text_without_the_language()
    {
        var yaml = With("label: Tingling", "label: { en: Tingling, hi: झुनझुनी }");

        var result = ProtocolLoader.Load(yaml, FileName);

        Assert.Null(result.Protocol);
        Assert.Equal(
            ["schedule.events[0].label", "instruments[0].label", "instruments[0].items[1].label", "instruments[0].items[2].label"],
            result.Errors.Select(e => e.Path));
        Assert.Equal(
            "no Hindi ('hi') text for 'Numbness'; instrument 'symptoms' is translated into Hindi (e.g. at instruments[0].items[0].label), so every label, anchor and choice of it needs 'hi', or a participant whose diary language is hi would see this one in English",
            result.Errors[2].Message);
        Assert.Equal(
            "no Hindi ('hi') text for 'Diary'; the event's instrument 'symptoms' is translated into Hindi, so the event label (the title of the diary form) needs 'hi' too",
            result.Errors[0].Message);
    }

    [Fact]
    public void A_missing_anchor_translation_is_named()
    {
        var errors = ProtocolLoader.Load(Translated, FileName).Errors;

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("instruments[0].items[0].anchors.max", e.Path));
        Assert.All(errors, e => Assert.Equal(Find(Translated, "No worse tingling imaginable"), (e.Line, e.Column)));
        Assert.StartsWith("no Hindi ('hi') text for 'No worse tingling imaginable'", errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("no Marathi ('mr') text for 'No worse tingling imaginable'", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translations_on_staff_text_are_refused_with_the_reason()
    {
        var yaml = With("  title: Minimal study", "  title: { en: Minimal study, hi: लघु अध्ययन }");

        var error = SingleError(yaml);

        Assert.Equal("study.title", error.Path);
        Assert.Equal("'title' must be text; found a mapping of languages. Translations are allowed only on participant-facing text: instrument, item, choice and event labels and VAS anchors", error.Message);
    }

    [Theory]
    [InlineData("k2-7-preliminary.yaml")]
    [InlineData("mk7-rct-pilot.yaml")]
    public void Sample_diaries_speak_Hindi_and_Marathi(string file)
    {
        var result = ProtocolLoader.LoadFile(Samples.Path(file));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Empty(result.Warnings);
        var symptoms = result.Protocol!.GetInstrument("symptoms");
        foreach (var language in new[] { DiaryLanguage.Hindi, DiaryLanguage.Marathi })
        {
            Assert.All(symptoms.Items, i => Assert.True(i.LabelTranslations.Covers(language) && i.MinAnchorTranslations.Covers(language) && i.MaxAnchorTranslations.Covers(language), $"{i.Id} in {language}"));
            Assert.All(result.Protocol.Schedule.Events.Where(e => e.HasInstrument("symptoms")), e => Assert.True(e.LabelTranslations.Covers(language), e.Id));
        }

        Assert.Equal("झुनझुनी", symptoms.FindItem("tingling")!.LabelIn(DiaryLanguage.Hindi));
        Assert.EndsWith("(आठवडा 4)", result.Protocol.FindEvent("diary-w4")!.LabelIn(DiaryLanguage.Marathi), StringComparison.Ordinal);
    }

    private static string Replace(string yaml, params (string Original, string Replacement)[] edits)
    {
        foreach (var (original, replacement) in edits)
        {
            var first = yaml.IndexOf(original, StringComparison.Ordinal);
            Assert.True(first >= 0 && yaml.IndexOf(original, first + 1, StringComparison.Ordinal) < 0, $"'{original}' must occur exactly once");
            yaml = string.Concat(yaml.AsSpan(0, first), replacement, yaml.AsSpan(first + original.Length));
        }

        return yaml;
    }
}
