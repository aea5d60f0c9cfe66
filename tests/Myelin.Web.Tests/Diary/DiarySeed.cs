using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Myelin.Data.Queries;
using Myelin.Domain.Records;
using Myelin.Web.Diary;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Diary;

/// <summary>Test data for the diary: enrolled participants with working links, and valid entries.</summary>
internal static class DiarySeed
{
    /// <summary>The factory clock's date (2026-03-02 09:00 UTC is 14:30 in Mumbai): enrolment day, diary-w0 open.</summary>
    public static readonly DateOnly Monday = new(2026, 3, 2);

    /// <summary>The six VAS items of the preliminary study's diary.</summary>
    public static readonly string[] Items = ["tingling", "numbness", "weakness", "fatigue", "cramps", "global"];

    /// <summary>Enrols a participant at the study's first site on <paramref name="enrolledOn"/> and issues a diary link.</summary>
    public static Task<(long Id, string Token)> EnrolAsync(MyelinWebFactory factory, string studyId, string code, DateOnly? enrolledOn = null, string language = DiaryLanguage.English, string? siteId = null) =>
        factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow();
            var study = await db.Studies.FindWithProtocolsAndSitesAsync(studyId);
            var site = siteId is null ? study!.Sites[0] : study!.FindSite(siteId)!;
            var participant = Participant.Screen(site, code, null, now);
            participant.Enrol("mk7", null, enrolledOn ?? Monday, now);
            if (language != DiaryLanguage.English)
            {
                participant.SetLanguage(language, now);
            }

            db.Participants.Add(participant);
            await db.SaveChangesAsync();
            var token = await DiaryLinks.IssueAsync(db, participant, "seed", now, CancellationToken.None);
            await db.SaveChangesAsync();
            return (participant.Id, token);
        });

    /// <summary>A complete valid week-0 entry as a JSON object.</summary>
    public static JsonObject Entry(Guid? submissionId = null, string eventId = "diary-w0")
    {
        var values = new JsonObject();
        var n = 0;
        foreach (var item in Items)
        {
            values[item] = 4.5 + n++;
        }

        return new JsonObject
        {
            ["submission_id"] = (submissionId ?? Guid.NewGuid()).ToString(),
            ["event"] = eventId,
            ["values"] = values,
            ["doses"] = new JsonObject { ["morning"] = true, ["evening"] = false },
        };
    }

    /// <summary>POSTs a JSON text to the diary API.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string json)
    {
        var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        return client.PostAsync(new Uri("/api/v1/diary/" + token, UriKind.Relative), content);
    }

    /// <summary>POSTs a JSON object to the diary API.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string token, JsonObject body) =>
        PostAsync(client, token, body.ToJsonString());

    /// <summary>The problem details' error keys of a 422 answer.</summary>
    public static async Task<IReadOnlyList<string>> ErrorKeysAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        return problem?["errors"]?.AsObject().Select(e => e.Key).ToList() ?? [];
    }
}
