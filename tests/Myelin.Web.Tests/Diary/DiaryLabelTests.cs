using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Myelin.Data.Studies;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Diary;

/// <summary>
/// The diary's questions, anchors and event labels come from the protocol in the participant's language, and in
/// English only where the protocol has no translation (the sample protocols translate their diaries into hi and mr).
/// </summary>
public sealed class DiaryLabelTests
{
    [Theory]
    [InlineData(DiaryLanguage.English, "Weekly symptom diary (week 0)", "Tingling", "Overall neuropathy symptoms")]
    [InlineData(DiaryLanguage.Hindi, "साप्ताहिक लक्षण डायरी (सप्ताह 0)", "झुनझुनी", "नसों की तकलीफ़ के सभी लक्षण, कुल मिलाकर")]
    [InlineData(DiaryLanguage.Marathi, "साप्ताहिक लक्षणांची नोंद (आठवडा 0)", "मुंग्या येणे", "नसांच्या त्रासाची सर्व लक्षणे, एकूण मिळून")]
    public async Task The_api_gives_the_labels_in_the_participants_language(string language, string eventLabel, string tingling, string global)
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (_, token) = await DiarySeed.EnrolAsync(factory, study, "P001", language: language);

        var json = await factory.CreateClient().GetFromJsonAsync<JsonObject>("/api/v1/diary/" + token);

        Assert.Equal(language, (string?)json!["language"]);
        var due = Assert.Single(json["due"]!.AsArray())!.AsObject();
        Assert.Equal(eventLabel, (string?)due["label"]);
        var items = due["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.Equal(DiarySeed.Items, items.Select(i => (string?)i["id"]));
        Assert.Equal(tingling, (string?)items[0]["label"]);
        Assert.Equal(global, (string?)items[5]["label"]);
    }

    [Fact]
    public async Task The_page_shows_a_Hindi_participant_Hindi_questions_and_anchors()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (_, token) = await DiarySeed.EnrolAsync(factory, study, "P001", language: DiaryLanguage.Hindi);
        using var session = new StaffSession(factory.CreateClient());

        var page = await session.GetPageAsync("/d/" + token);

        Assert.Equal("साप्ताहिक लक्षण डायरी (सप्ताह 0)", page.QuerySelector("#form-diary-w0 h2")!.TextContent);
        Assert.Equal(
            ["झुनझुनी", "सुन्नपन", "कमज़ोरी", "थकान", "ऐंठन (नस चढ़ना)", "नसों की तकलीफ़ के सभी लक्षण, कुल मिलाकर"],
            DiarySeed.Items.Select(i => page.QuerySelector($"#l-diary-w0-{i}")!.TextContent));
        Assert.Equal(
            ["0 = बिल्कुल सुन्नपन नहीं", "10 = सबसे ज़्यादा सुन्नपन, जिसकी कल्पना की जा सके"],
            page.QuerySelectorAll("#a-diary-w0-numbness span").Select(s => s.TextContent));
        Assert.DoesNotContain("Tingling", page.QuerySelector("#form-diary-w0")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_the_protocol_has_no_translation_the_label_is_English()
    {
        using var factory = new MyelinWebFactory();
        var study = await AddStudyWithoutMarathiAsync(factory);
        var (_, marathi) = await DiarySeed.EnrolAsync(factory, study, "P001", language: DiaryLanguage.Marathi);
        var (_, hindi) = await DiarySeed.EnrolAsync(factory, study, "P002", language: DiaryLanguage.Hindi);
        var client = factory.CreateClient();

        var forMarathi = await client.GetFromJsonAsync<JsonObject>("/api/v1/diary/" + marathi);
        var forHindi = await client.GetFromJsonAsync<JsonObject>("/api/v1/diary/" + hindi);

        Assert.Equal("Weekly symptom diary (week 0)", (string?)forMarathi!["due"]![0]!["label"]);
        Assert.Equal("Tingling", (string?)forMarathi["due"]![0]!["items"]![0]!["label"]);
        Assert.Equal("झुनझुनी", (string?)forHindi!["due"]![0]!["items"]![0]!["label"]);
    }

    [Fact]
    public async Task Where_staff_choose_the_language_an_untranslated_one_is_named_with_the_texts_shown_in_English()
    {
        using var factory = new MyelinWebFactory();
        var study = await AddStudyWithoutMarathiAsync(factory);
        await DiarySeed.EnrolAsync(factory, study, "P001", language: DiaryLanguage.Marathi);
        await DiarySeed.EnrolAsync(factory, study, "P002", language: DiaryLanguage.Hindi);
        await factory.AddStaffAsync("cora@test.local", StudyRole.Coordinator, study);
        using var session = await factory.LoginAsync("cora@test.local");

        var marathi = await session.GetPageAsync($"/studies/{study}/participants/P001/diary-link");
        var hindi = await session.GetPageAsync($"/studies/{study}/participants/P002/diary-link");

        var fallback = marathi.QuerySelector("#language-fallback")!.TextContent;
        Assert.Contains("no Marathi (मराठी) text for 19 of the diary's questions, anchors and event labels", fallback, StringComparison.Ordinal);
        Assert.Contains("Weekly symptom diary; Tingling; No tingling; Worst tingling imaginable; Numbness", fallback, StringComparison.Ordinal);
        Assert.Contains("not translated", marathi.QuerySelector("option[value=mr]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("not translated", marathi.QuerySelector("option[value=hi]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(hindi.QuerySelector("#language-fallback"));
    }

    // The preliminary protocol with its Marathi lines removed: still valid (no text has Marathi), Hindi kept.
    private static async Task<string> AddStudyWithoutMarathiAsync(MyelinWebFactory factory)
    {
        var yaml = string.Join('\n', (await File.ReadAllLinesAsync(Samples.Path(Samples.Preliminary))).Where(l => !l.TrimStart().StartsWith("mr: ", StringComparison.Ordinal)));
        var loaded = ProtocolLoader.Load(yaml, "no-marathi.yaml");
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Errors));
        Assert.Contains(loaded.Warnings, w => w.Message.StartsWith("no text is translated into Marathi ('mr')", StringComparison.Ordinal));
        return await factory.WithDbAsync(async db => (await db.SaveProtocolAsync(loaded.Protocol!, yaml, "seed", factory.Clock.GetUtcNow())).Study.Id);
    }
}
