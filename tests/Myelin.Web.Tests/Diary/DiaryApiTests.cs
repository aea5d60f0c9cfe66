using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Diary;

public sealed class DiaryApiTests
{
    [Fact]
    public async Task Get_answers_with_exactly_the_issue_shape_for_week_0()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (_, token) = await DiarySeed.EnrolAsync(factory, study, "P001");

        var json = await factory.CreateClient().GetFromJsonAsync<JsonObject>("/api/v1/diary/" + token);

        Assert.NotNull(json);
        Assert.Equal(["participant", "language", "due"], json.Select(p => p.Key));
        Assert.Equal("P001", (string?)json["participant"]);
        Assert.Equal("en", (string?)json["language"]);
        var due = Assert.Single(json["due"]!.AsArray())!.AsObject();
        Assert.Equal(["event", "label", "window", "items"], due.Select(p => p.Key));
        Assert.Equal("diary-w0", (string?)due["event"]);
        Assert.Equal("Weekly symptom diary (week 0)", (string?)due["label"]);
        Assert.Equal("2026-03-02", (string?)due["window"]!["opens"]);
        Assert.Equal("2026-03-04", (string?)due["window"]!["closes"]);
        var items = due["items"]!.AsArray();
        Assert.Equal(DiarySeed.Items, items.Select(i => (string?)i!["id"]));
        var tingling = items[0]!.AsObject();
        Assert.Equal(["id", "label", "type", "min", "max", "step", "required"], tingling.Select(p => p.Key));
        Assert.Equal("Tingling", (string?)tingling["label"]);
        Assert.Equal("vas", (string?)tingling["type"]);
        Assert.Equal(0, (double)tingling["min"]!);
        Assert.Equal(10, (double)tingling["max"]!);
        Assert.Equal(0.1, (double)tingling["step"]!);
        Assert.True((bool)tingling["required"]!);
    }

    [Fact]
    public async Task A_retry_with_the_same_submission_id_answers_200_with_the_same_body_and_stores_once()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (id, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        var client = factory.CreateClient();
        var entry = DiarySeed.Entry();

        var first = await DiarySeed.PostAsync(client, token, entry);
        var second = await DiarySeed.PostAsync(client, token, entry);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var body = await first.Content.ReadAsStringAsync();
        Assert.Equal(body, await second.Content.ReadAsStringAsync());
        var stored = JsonNode.Parse(body)!.AsObject();
        Assert.Equal((string?)entry["submission_id"], (string?)stored["submission_id"]);
        Assert.Equal("P001", (string?)stored["participant"]);
        Assert.Equal("diary-w0", (string?)stored["event"]);
        Assert.Equal("symptoms", (string?)stored["instrument"]);
        Assert.Equal("diary:P001", (string?)stored["entered_by"]);
        Assert.Equal(4.5, (double)stored["values"]!["tingling"]!);
        Assert.Equal(9.5, (double)stored["values"]!["global"]!);
        Assert.True((bool)stored["doses"]!["morning"]!);
        Assert.False((bool)stored["doses"]!["evening"]!);
        Assert.Equal("2026-03-02", (string?)stored["doses"]!["date"]);

        await factory.WithDbAsync(async db =>
        {
            var assessment = await db.Assessments.Include(a => a.Items).SingleAsync(a => a.ParticipantId == id);
            Assert.Equal(AssessmentSource.Diary, assessment.Source);
            Assert.Equal("diary:P001", assessment.EnteredBy);
            Assert.Equal(6, assessment.Items.Count);
            Assert.Equal("7.5", assessment.Items.Single(i => i.ItemId == "fatigue").Value);
            Assert.Equal(1, await db.DiarySubmissions.CountAsync(s => s.ParticipantId == id));
            var doses = await db.DoseRecords.Where(d => d.ParticipantId == id).OrderBy(d => d.Slot).ToListAsync();
            Assert.Equal([(DoseRecord.Evening, false), (DoseRecord.Morning, true)], doses.Select(d => (d.Slot, d.Taken)));
            Assert.All(doses, d => Assert.Equal(DiarySeed.Monday, d.Date));
            var log = await db.ChangeLog.Where(e => e.Entity == "Assessment").ToListAsync();
            Assert.NotEmpty(log);
            Assert.All(log, e => Assert.Equal(("diary:P001", ChangeChannel.Api), (e.Actor, e.Via)));
            return 0;
        });
    }

    [Fact]
    public async Task Concurrent_duplicates_store_one_assessment_and_all_answer_with_it()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (id, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        var json = DiarySeed.Entry().ToJsonString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => DiarySeed.PostAsync(factory.CreateClient(), token, json))));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(7, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        Assert.Single(bodies.Distinct());
        Assert.Equal((1, 1, 2), await factory.WithDbAsync(async db => (
            await db.Assessments.CountAsync(a => a.ParticipantId == id),
            await db.DiarySubmissions.CountAsync(s => s.ParticipantId == id),
            await db.DoseRecords.CountAsync(d => d.ParticipantId == id))));
    }

    public static TheoryData<string, string> BadBodies()
    {
        var tooLongNote = new string('x', 1001);
        return new TheoryData<string, string>
        {
            { "{", "body" },
            { "[1,2]", "body" },
            { "\"text\"", "body" },
            { Replace("\"event\"", "\"colour\":\"red\",\"event\""), "colour" },
            { Remove("submission_id"), "submission_id" },
            { Set("submission_id", "\"not-a-uuid\""), "submission_id" },
            { Set("submission_id", "\"00000000-0000-0000-0000-000000000000\""), "submission_id" },
            { Set("submission_id", "42"), "submission_id" },
            { Remove("event"), "event" },
            { Set("event", "7"), "event" },
            { Set("event", "\"visit-w0\""), "event" },
            { Set("event", "\"no-such-event\""), "event" },
            { Set("event", "\"diary-w1\""), "event" },
            { Remove("values"), "values" },
            { Set("values", "[4,5]"), "values" },
            { Value("tingling", "\"5\""), "values.tingling" },
            { Value("tingling", "11"), "values.tingling" },
            { Value("tingling", "-0.1"), "values.tingling" },
            { Value("tingling", "5.55"), "values.tingling" },
            { Value("tingling", "1e1"), "values.tingling" },
            { Value("tingling", "true"), "values.tingling" },
            { Value("tingling", "null"), "values.tingling" },
            { Replace("\"global\"", "\"pain\":3,\"global\""), "values.pain" },
            { Replace("\"cramps\":8.5,", string.Empty), "values.cramps" },
            { Set("doses", "true"), "doses" },
            { Set("doses", "{\"morning\":\"yes\",\"evening\":false}"), "doses.morning" },
            { Set("doses", "{\"morning\":true}"), "doses.evening" },
            { Set("doses", "{\"morning\":true,\"evening\":false,\"noon\":true}"), "doses.noon" },
            { Set("note", "12"), "note" },
            { Set("note", "\"" + tooLongNote + "\""), "note" },
            { Replace("\"event\"", "\"event\":\"diary-w0\",\"event\""), "event" },
        };
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_is_422_naming_the_field_and_stores_nothing(string json, string field)
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (id, token) = await DiarySeed.EnrolAsync(factory, study, "P001");

        var response = await DiarySeed.PostAsync(factory.CreateClient(), token, json);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(field, await DiarySeed.ErrorKeysAsync(response));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.ParticipantId == id)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.DoseRecords.CountAsync(d => d.ParticipantId == id)));
    }

    [Fact]
    public async Task Every_bad_field_is_named_at_once()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (_, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        var entry = DiarySeed.Entry();
        entry["values"]!["tingling"] = 12;
        entry["values"]!.AsObject().Remove("numbness");
        entry["doses"]!["evening"] = "no";
        entry["extra"] = 1;

        var response = await DiarySeed.PostAsync(factory.CreateClient(), token, entry);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["doses.evening", "extra", "values.numbness", "values.tingling"], (await DiarySeed.ErrorKeysAsync(response)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_event_outside_its_window_is_refused_with_the_window_and_is_not_shown_as_due()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (_, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        var client = factory.CreateClient();

        // Week 0 is open on days 0 to +2 (2026-03-02 to 03-04); on 03-05 it has closed.
        factory.Clock.Now = new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero);
        var due = await client.GetFromJsonAsync<JsonObject>("/api/v1/diary/" + token);
        var late = await DiarySeed.PostAsync(client, token, DiarySeed.Entry());
        var early = await DiarySeed.PostAsync(client, token, DiarySeed.Entry(eventId: "diary-w1"));

        Assert.Empty(due!["due"]!.AsArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("from 2026-03-02 to 2026-03-04", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("from 2026-03-09 to 2026-03-11", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Today_is_the_date_in_Mumbai_not_in_UTC()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (_, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        var client = factory.CreateClient();

        // 2026-03-08 19:00 UTC is 2026-03-09 00:30 in Mumbai (UTC+05:30): week 1 has opened there.
        factory.Clock.Now = new DateTimeOffset(2026, 3, 8, 19, 0, 0, TimeSpan.Zero);
        var due = await client.GetFromJsonAsync<JsonObject>("/api/v1/diary/" + token);
        var stored = await DiarySeed.PostAsync(client, token, DiarySeed.Entry(eventId: "diary-w1"));

        Assert.Equal("diary-w1", (string?)Assert.Single(due!["due"]!.AsArray())!["event"]);
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        Assert.Equal("2026-03-09", (string?)(await stored.Content.ReadFromJsonAsync<JsonObject>())!["doses"]!["date"]);
    }

    [Fact]
    public async Task A_completed_event_is_no_longer_due_and_a_new_entry_for_it_is_refused()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (_, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Created, (await DiarySeed.PostAsync(client, token, DiarySeed.Entry())).StatusCode);
        var due = await client.GetFromJsonAsync<JsonObject>("/api/v1/diary/" + token);
        var again = await DiarySeed.PostAsync(client, token, DiarySeed.Entry());

        Assert.Empty(due!["due"]!.AsArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("already completed", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("revoked")]
    [InlineData("unknown")]
    [InlineData("malformed")]
    public async Task A_revoked_unknown_or_malformed_link_is_404_alike(string kind)
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (id, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        if (kind == "revoked")
        {
            await factory.WithDbAsync(async db =>
            {
                var link = await db.DiaryLinks.SingleAsync(l => l.ParticipantId == id);
                link.Revoke("seed", factory.Clock.GetUtcNow());
                db.Actor = db.Actor! with { Reason = "diary link revoked" };
                return await db.SaveChangesAsync();
            });
        }

        var path = kind switch { "revoked" => token, "unknown" => Myelin.Domain.Records.SecretToken.New(), _ => "not-a-token%20%3Cscript%3E" };
        var client = factory.CreateClient();
        var get = await client.GetAsync(new Uri("/api/v1/diary/" + path, UriKind.Relative));
        var post = await DiarySeed.PostAsync(client, path, DiarySeed.Entry());
        var page = await client.GetAsync(new Uri("/d/" + path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Assessments.CountAsync()));
    }

    [Fact]
    public async Task A_link_reaches_only_its_own_participant()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (first, firstToken) = await DiarySeed.EnrolAsync(factory, study, "P001");
        var (second, secondToken) = await DiarySeed.EnrolAsync(factory, study, "P002");
        var client = factory.CreateClient();
        var entry = DiarySeed.Entry();

        var mine = await DiarySeed.PostAsync(client, firstToken, entry);
        // The same submission id through the other link is that participant's own new entry, never P001's.
        var theirs = await DiarySeed.PostAsync(client, secondToken, entry);
        var theirDue = await client.GetFromJsonAsync<JsonObject>("/api/v1/diary/" + secondToken);

        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.Equal("P002", (string?)(await theirs.Content.ReadFromJsonAsync<JsonObject>())!["participant"]);
        Assert.Equal("P002", (string?)theirDue!["participant"]);
        Assert.Equal((1, 1), await factory.WithDbAsync(async db => (
            await db.Assessments.CountAsync(a => a.ParticipantId == first),
            await db.Assessments.CountAsync(a => a.ParticipantId == second))));
    }

    [Fact]
    public async Task A_body_that_is_not_json_or_too_large_is_refused_without_storing()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (_, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        var client = factory.CreateClient();

        using var form = new StringContent(DiarySeed.Entry().ToJsonString(), System.Text.Encoding.UTF8, "text/plain");
        var plain = await client.PostAsync(new Uri("/api/v1/diary/" + token, UriKind.Relative), form);
        var huge = await DiarySeed.PostAsync(client, token, "{\"note\":\"" + new string('x', 70_000) + "\"}");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Assessments.CountAsync()));
    }

    [Fact]
    public async Task A_withdrawn_participant_has_nothing_due()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (id, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        await factory.WithDbAsync(async db =>
        {
            var participant = await db.Participants.SingleAsync(p => p.Id == id);
            participant.Withdraw("moved away", factory.Clock.GetUtcNow());
            db.Actor = db.Actor! with { Reason = "withdrawal: moved away" };
            return await db.SaveChangesAsync();
        });

        var due = await factory.CreateClient().GetFromJsonAsync<JsonObject>("/api/v1/diary/" + token);
        var post = await DiarySeed.PostAsync(factory.CreateClient(), token, DiarySeed.Entry());

        Assert.Empty(due!["due"]!.AsArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, post.StatusCode);
        var problem = await post.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(Myelin.Web.Diary.DiaryText.English.DiaryClosed, (string?)problem!["errors"]!["event"]![0]);
    }

    private static string Valid => DiarySeed.Entry(Guid.Parse("3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c")).ToJsonString();

    private static string Replace(string what, string with) => Valid.Replace(what, with, StringComparison.Ordinal);

    private static string Remove(string field)
    {
        var o = JsonNode.Parse(Valid)!.AsObject();
        o.Remove(field);
        return o.ToJsonString();
    }

    private static string Set(string field, string rawJson)
    {
        var o = JsonNode.Parse(Valid)!.AsObject();
        o[field] = null;
        return o.ToJsonString().Replace($"\"{field}\":null", $"\"{field}\":{rawJson}", StringComparison.Ordinal);
    }

    private static string Value(string item, string rawJson)
    {
        var o = JsonNode.Parse(Valid)!.AsObject();
        o["values"]![item] = null;
        return o.ToJsonString().Replace($"\"{item}\":null", $"\"{item}\":{rawJson}", StringComparison.Ordinal);
    }
}
