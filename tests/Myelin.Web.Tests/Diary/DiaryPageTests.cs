using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Records;
using Myelin.Web.Diary;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Diary;

public sealed class DiaryPageTests
{
    [Theory]
    [InlineData(DiaryLanguage.English, "My symptom diary", "Capsules taken today", "Tingling", "No tingling", "Worst tingling imaginable")]
    [InlineData(DiaryLanguage.Hindi, "मेरी लक्षण डायरी", "आज ली गई कैप्सूल", "झुनझुनी", "बिल्कुल झुनझुनी नहीं", "सबसे ज़्यादा झुनझुनी, जिसकी कल्पना की जा सके")]
    [InlineData(DiaryLanguage.Marathi, "माझी लक्षण डायरी", "आज घेतलेल्या कॅप्सूल", "मुंग्या येणे", "मुंग्या अजिबात येत नाहीत", "कल्पना करता येईल इतक्या सर्वात जास्त मुंग्या")]
    public async Task The_page_speaks_the_participants_language_and_shows_week_0_with_unset_sliders(string language, string title, string doses, string tingling, string noTingling, string worstTingling)
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (_, token) = await DiarySeed.EnrolAsync(factory, study, "P001", language: language);
        using var session = new StaffSession(factory.CreateClient());

        var page = await session.GetPageAsync("/d/" + token);

        Assert.Equal(HttpStatusCode.OK, session.LastStatus);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(doses, page.QuerySelector("fieldset.doses legend")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-03-02", page.QuerySelector("#window-diary-w0")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-03-04", page.QuerySelector("#window-diary-w0")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form#form-diary-w0 input[name=__RequestVerificationToken]"));

        // Each VAS item: a labelled native slider with a visible output, anchors from the protocol, and a companion
        // number box (the value the form sends) that starts empty: nothing is preset.
        foreach (var item in DiarySeed.Items)
        {
            var range = (IHtmlInputElement)page.QuerySelector($"#r-diary-w0-{item}")!;
            Assert.Equal("range", range.Type);
            Assert.Equal(("0", "10", "0.1"), (range.GetAttribute("min"), range.GetAttribute("max"), range.GetAttribute("step")));
            Assert.Contains("unset", range.ClassList);
            Assert.Null(range.GetAttribute("name"));
            Assert.NotNull(page.QuerySelector($"label[for=r-diary-w0-{item}]"));
            Assert.NotNull(page.QuerySelector($"output#o-diary-w0-{item}[for=r-diary-w0-{item}]"));
            var number = (IHtmlInputElement)page.QuerySelector($"#n-diary-w0-{item}")!;
            Assert.Equal(("number", "values." + item, string.Empty), (number.Type, number.Name, number.Value));
            Assert.True(number.IsRequired);
        }

        Assert.Equal(["0 = " + noTingling, "10 = " + worstTingling], page.QuerySelectorAll("#a-diary-w0-tingling span").Select(s => s.TextContent));
        Assert.Equal(tingling, page.QuerySelector("#l-diary-w0-tingling")!.TextContent);
        Assert.NotNull(page.QuerySelector("input[type=checkbox][name='doses.morning']"));
        Assert.NotNull(page.QuerySelector("input[type=checkbox][name='doses.evening']"));
        Assert.NotNull(page.QuerySelector("textarea[name=note]"));
        Assert.Contains(page.QuerySelectorAll("script"), s => s.GetAttribute("src")!.StartsWith("/assets/diary.js", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task Without_javascript_the_form_posts_and_stores_the_entry_once()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (id, token) = await DiarySeed.EnrolAsync(factory, study, "P001", language: DiaryLanguage.Marathi);
        using var session = new StaffSession(factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }));
        var fields = DiarySeed.Items.Select((item, n) => (item, n)).ToDictionary(x => "values." + x.item, x => (x.n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        fields["doses.evening"] = "true";

        var response = await session.SubmitFormAsync("/d/" + token, fields, "#form-diary-w0");
        var page = await StaffSession.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("पाठवले. धन्यवाद!", page.QuerySelector("#sent")!.TextContent);
        Assert.NotNull(page.QuerySelector("#nothing-due"));
        await factory.WithDbAsync(async db =>
        {
            var assessment = await db.Assessments.Include(a => a.Items).SingleAsync(a => a.ParticipantId == id);
            Assert.Equal(["1", "2", "3", "4", "5", "6"], DiarySeed.Items.Select(i => assessment.Items.Single(v => v.ItemId == i).Value));
            var doses = await db.DoseRecords.Where(d => d.ParticipantId == id).ToDictionaryAsync(d => d.Slot, d => d.Taken);
            Assert.False(doses[DoseRecord.Morning]);
            Assert.True(doses[DoseRecord.Evening]);
            Assert.All(await db.ChangeLog.Where(e => e.Entity == "Assessment").ToListAsync(), e => Assert.Equal(("diary:P001", ChangeChannel.Web), (e.Actor, e.Via)));
            return 0;
        });
    }

    [Fact]
    public async Task Without_javascript_an_unset_slider_is_refused_beside_the_item_and_the_other_values_are_kept()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (id, token) = await DiarySeed.EnrolAsync(factory, study, "P001", language: DiaryLanguage.Hindi);
        using var session = new StaffSession(factory.CreateClient());
        var fields = DiarySeed.Items.ToDictionary(i => "values." + i, _ => "3.5");
        fields["values.cramps"] = string.Empty;
        fields["values.fatigue"] = "10.5";

        var response = await session.SubmitFormAsync("/d/" + token, fields, "#form-diary-w0");
        var page = await StaffSession.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("कृपया यह स्लाइडर चुनें।", page.QuerySelector("#e-diary-w0-cramps")!.TextContent.Trim());
        Assert.Contains("out of range", page.QuerySelector("#e-diary-w0-fatigue")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(string.Empty, page.QuerySelector("#e-diary-w0-tingling")!.TextContent.Trim());
        Assert.Equal("3.5", ((IHtmlInputElement)page.QuerySelector("#n-diary-w0-tingling")!).Value);
        Assert.Contains("has-error", page.QuerySelector("#e-diary-w0-cramps")!.ParentElement!.ClassList);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.ParticipantId == id)));
    }

    [Fact]
    public async Task The_form_without_its_antiforgery_token_is_refused()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (id, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        using var content = new FormUrlEncodedContent(DiarySeed.Items.Select(i => new KeyValuePair<string, string>("values." + i, "5"))
            .Append(new("event", "diary-w0")).Append(new("submission_id", Guid.NewGuid().ToString())));

        var response = await factory.CreateClient().PostAsync(new Uri("/d/" + token, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.ParticipantId == id)));
    }

    [Fact]
    public async Task The_script_is_served_from_the_assets()
    {
        using var factory = new MyelinWebFactory();
        var script = await factory.CreateClient().GetStringAsync(new Uri("/assets/diary.js", UriKind.Relative));

        Assert.Contains("randomUUID", script, StringComparison.Ordinal);
        Assert.Contains("localStorage", script, StringComparison.Ordinal);
    }
}
