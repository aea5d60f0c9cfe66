using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Diary;

/// <summary>The diary's optional note (issue 5: "doses taken (morning, evening) and an optional note").</summary>
public sealed class DiaryNoteTests
{
    [Fact]
    public async Task The_api_stores_the_note_trimmed_with_the_assessment_returns_it_and_logs_it()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (id, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        var client = factory.CreateClient();
        var entry = DiarySeed.Entry();
        entry["note"] = "  my feet burn at night\nबेहतर नींद  ";

        var first = await DiarySeed.PostAsync(client, token, entry);
        var second = await DiarySeed.PostAsync(client, token, entry);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var body = await first.Content.ReadAsStringAsync();
        Assert.Equal(body, await second.Content.ReadAsStringAsync());
        Assert.Equal("my feet burn at night\nबेहतर नींद", (string?)JsonNode.Parse(body)!["note"]);
        await factory.WithDbAsync(async db =>
        {
            var assessment = await db.Assessments.Include(a => a.Items).SingleAsync(a => a.ParticipantId == id);
            Assert.Equal("my feet burn at night\nबेहतर नींद", assessment.Note);
            Assert.Equal(DiarySeed.Items.Order(), assessment.Items.Select(i => i.ItemId).Order());
            var logged = await db.ChangeLog.SingleAsync(e => e.Entity == nameof(Assessment) && e.Field == nameof(Assessment.Note));
            Assert.Equal(("my feet burn at night\nबेहतर नींद", "diary:P001", ChangeChannel.Api), (logged.NewValue, logged.Actor, logged.Via));
            return 0;
        });
    }

    [Fact]
    public async Task A_blank_note_is_no_note()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (id, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        var entry = DiarySeed.Entry();
        entry["note"] = " \n\t ";

        var response = await DiarySeed.PostAsync(factory.CreateClient(), token, entry);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Null((string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["note"]);
        Assert.Null(await factory.WithDbAsync(db => db.Assessments.Where(a => a.ParticipantId == id).Select(a => a.Note).SingleAsync()));
    }

    [Fact]
    public async Task A_note_of_1000_characters_is_kept_and_one_of_1001_is_422_naming_note_and_stores_nothing()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (id, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        var client = factory.CreateClient();
        var tooLong = DiarySeed.Entry();
        tooLong["note"] = new string('a', 1001);
        var longest = DiarySeed.Entry();
        longest["note"] = "  " + new string('b', 1000) + "  ";

        var refused = await DiarySeed.PostAsync(client, token, tooLong);
        var refusedKeys = await DiarySeed.ErrorKeysAsync(refused);
        var nothingStored = await factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.ParticipantId == id));
        var kept = await DiarySeed.PostAsync(client, token, longest);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(["note"], refusedKeys);
        Assert.Equal(0, nothingStored);
        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        Assert.Equal(new string('b', 1000), await factory.WithDbAsync(db => db.Assessments.Where(a => a.ParticipantId == id).Select(a => a.Note).SingleAsync()));
    }

    [Theory]
    [InlineData(DiaryLanguage.English, "Note (optional)")]
    [InlineData(DiaryLanguage.Hindi, "टिप्पणी (वैकल्पिक)")]
    [InlineData(DiaryLanguage.Marathi, "टीप (ऐच्छिक)")]
    public async Task The_page_has_an_optional_labelled_note_box_in_the_participants_language(string language, string label)
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (_, token) = await DiarySeed.EnrolAsync(factory, study, "P001", language: language);
        using var session = new StaffSession(factory.CreateClient());

        var page = await session.GetPageAsync("/d/" + token);

        var note = (IHtmlTextAreaElement)page.QuerySelector("#form-diary-w0 textarea[name=note]")!;
        Assert.Equal(label, page.QuerySelector($"label[for={note.Id}]")!.TextContent);
        Assert.Equal("1000", note.GetAttribute("maxlength"));
        Assert.False(note.IsRequired);
        Assert.Equal(string.Empty, note.Value);
    }

    [Fact]
    public async Task The_page_form_stores_the_note_and_a_too_long_one_is_refused_beside_the_box_keeping_the_text()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (id, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        using var session = new StaffSession(factory.CreateClient());
        var fields = DiarySeed.Items.ToDictionary(i => "values." + i, _ => "3");
        fields["note"] = new string('z', 1001);

        var refused = await session.SubmitFormAsync("/d/" + token, fields, "#form-diary-w0");
        var refusedPage = await StaffSession.ParseAsync(refused);
        fields["note"] = "Slept badly; missed the evening capsule.";
        var stored = await session.SubmitFormAsync("/d/" + token, fields, "#form-diary-w0");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("at most 1000", refusedPage.QuerySelector("#ne-diary-w0")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal("Slept badly; missed the evening capsule.", await factory.WithDbAsync(db => db.Assessments.Where(a => a.ParticipantId == id).Select(a => a.Note).SingleAsync()));
    }

    [Fact]
    public async Task The_participant_page_shows_the_note_beside_the_diary_entry_as_text()
    {
        const string Note = "<script>alert('x')</script> & <b>burning</b> feet";
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (_, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        var entry = DiarySeed.Entry();
        entry["note"] = Note;
        Assert.Equal(HttpStatusCode.Created, (await DiarySeed.PostAsync(factory.CreateClient(), token, entry)).StatusCode);
        using var session = await factory.LoginAsync();

        var response = await session.Client.GetAsync(new Uri($"/studies/{study}/participants/P001", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var page = await StaffSession.ParseAsync(response);

        var shown = page.QuerySelector("#assessment-diary-w0-symptoms #note-diary-w0-symptoms .note-text")!;
        Assert.Equal(Note, shown.TextContent);
        Assert.Empty(shown.Children);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }
}
