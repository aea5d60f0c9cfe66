using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Myelin.Domain.Records;
using Myelin.Web.Diary;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Diary;

/// <summary>
/// The refusals a participant can meet from their own page (an entry already sent, not open yet, a slider not set)
/// come back in the participant's language, beside the field they concern.
/// </summary>
public sealed class DiaryRefusalLanguageTests
{
    [Theory]
    [InlineData(DiaryLanguage.English)]
    [InlineData(DiaryLanguage.Hindi)]
    [InlineData(DiaryLanguage.Marathi)]
    public async Task A_second_entry_for_a_sent_event_is_refused_in_the_participants_language(string language)
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (_, token) = await DiarySeed.EnrolAsync(factory, study, "P001", language: language);
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Created, (await DiarySeed.PostAsync(client, token, DiarySeed.Entry())).StatusCode);
        var again = await DiarySeed.PostAsync(client, token, DiarySeed.Entry());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(DiaryText.For(language).AlreadySent, await FirstErrorAsync(again, "event"));
    }

    [Fact]
    public async Task An_event_not_open_yet_names_its_window_and_today_in_hindi()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (_, token) = await DiarySeed.EnrolAsync(factory, study, "P001", language: DiaryLanguage.Hindi);

        var early = await DiarySeed.PostAsync(factory.CreateClient(), token, DiarySeed.Entry(eventId: "diary-w1"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        var message = await FirstErrorAsync(early, "event");
        Assert.StartsWith("यह प्रविष्टि 2026-03-", message, StringComparison.Ordinal);
        Assert.EndsWith("आज 2026-03-02 है।", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rating_left_unset_is_asked_for_in_marathi()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (_, token) = await DiarySeed.EnrolAsync(factory, study, "P001", language: DiaryLanguage.Marathi);
        var entry = DiarySeed.Entry();
        entry["values"]!.AsObject().Remove("tingling");

        var missing = await DiarySeed.PostAsync(factory.CreateClient(), token, entry);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Equal(DiaryText.Marathi.SetSlider, await FirstErrorAsync(missing, "values.tingling"));
    }

    private static async Task<string?> FirstErrorAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (string?)problem?["errors"]?[field]?[0];
    }
}
