using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Web.Diary;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Security;

/// <summary>Issue 6: a diary link reaches only its own participant's diary.</summary>
public sealed class DiaryIsolationTests : IAsyncLifetime, IDisposable
{
    private readonly SecurityFactory _factory = new();
    private SecurityWorld _world = null!;

    // Y was enrolled a week before X, so Y's week-1 diary is due today and X's is not.
    private SeededParticipant _y = null!;

    public async Task InitializeAsync()
    {
        _world = await SecurityWorld.CreateAsync(_factory, signIn: false);
        _y = await _factory.WithDbAsync(async db =>
        {
            var now = _factory.Clock.GetUtcNow();
            var site = await db.Sites.SingleAsync(s => s.StudyId == _world.StudyId && s.Id == SecurityWorld.SiteB);
            var participant = Participant.Screen(site, "PUN-002", "t2dm", now);
            participant.Enrol("placebo", "dm", new DateOnly(2026, 2, 23), now);
            db.Participants.Add(participant);
            await db.SaveChangesAsync();
            var token = await DiaryLinks.IssueAsync(db, participant, "seed", now, CancellationToken.None);
            await db.SaveChangesAsync();
            return new SeededParticipant(participant.Code, site.Id, participant.Id, 0, 0, token);
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    private SeededParticipant X => _world.A;

    [Fact]
    public async Task An_event_due_only_for_another_participant_is_not_due_for_this_link_and_nothing_is_stored_for_either()
    {
        using var client = _factory.CreateClient();
        var yDue = await client.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/diary/" + _y.DiaryToken, UriKind.Relative));
        Assert.Contains("diary-w1", yDue!.ToJsonString(), StringComparison.Ordinal);
        var xDue = await client.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/diary/" + X.DiaryToken, UriKind.Relative));
        Assert.DoesNotContain("diary-w1", xDue!.ToJsonString(), StringComparison.Ordinal);

        var before = await DiaryRowsAsync();
        using var response = await PostAsync(client, X.DiaryToken, Entry("diary-w1"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("event", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await DiaryRowsAsync());
    }

    [Fact]
    public async Task Naming_another_participant_in_the_body_stores_the_entry_for_the_links_own_participant_only()
    {
        using var client = _factory.CreateClient();
        var body = Entry("diary-w0");
        body["participant"] = _y.Code;
        body["code"] = _y.Code;
        body["participant_id"] = _y.Id;
        body["token"] = _y.DiaryToken;
        using var response = await PostAsync(client, X.DiaryToken, body);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.UnprocessableEntity, $"got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

        var (forY, forB) = await _factory.WithDbAsync(async db => (
            await db.Assessments.CountAsync(a => a.ParticipantId == _y.Id),
            await db.Assessments.CountAsync(a => a.ParticipantId == _world.B.Id && a.Source == AssessmentSource.Diary)));
        Assert.Equal(0, forY);
        Assert.Equal(0, forB);
        if (response.StatusCode == HttpStatusCode.Created)
        {
            var forX = await _factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.ParticipantId == X.Id && a.EventId == "diary-w0"));
            Assert.Equal(1, forX);
        }
    }

    [Fact]
    public async Task A_revoked_link_is_404_on_the_page_and_the_api()
    {
        await _factory.WithDbAsync(async db =>
        {
            db.Actor = new Myelin.Data.ChangeLog.ChangeActor("seed", ChangeChannel.Cli, "link reported lost");
            var participant = await db.Participants.SingleAsync(p => p.Id == X.Id);
            return await DiaryLinks.RevokeAsync(db, participant, "seed", _factory.Clock.GetUtcNow(), CancellationToken.None) + await db.SaveChangesAsync();
        });
        using var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/v1/diary/" + X.DiaryToken, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, X.DiaryToken, Entry("diary-w0"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/d/" + X.DiaryToken, UriKind.Relative))).StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Assessments.CountAsync(a => a.ParticipantId == X.Id && a.Source == AssessmentSource.Diary)));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("...")]
    [InlineData("%2e%2e%2fapi%2fv1")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("%C0%AE")]
    public async Task A_malformed_or_unknown_token_is_404(string token)
    {
        using var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/v1/diary/" + token, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, token, Entry("diary-w0"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/d/" + token, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_staff_cookie_or_a_staff_token_opens_no_diary()
    {
        using var session = await _factory.LoginAsync();
        var staffToken = _world.Get("sysadmin").Token!;
        foreach (var token in new[] { staffToken, SecretToken.New() })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync(new Uri("/api/v1/diary/" + token, UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync(new Uri("/d/" + token, UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(session.Client, token, Entry("diary-w0"))).StatusCode);
        }

        // The staff API's bearer scheme does not open the diary either.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/diary/" + SecretToken.New());
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", staffToken);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.SendAsync(request)).StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.DiarySubmissions.CountAsync()));
    }

    private Task<(int Assessments, int Submissions)> DiaryRowsAsync() => _factory.WithDbAsync(async db =>
        (await db.Assessments.CountAsync(a => a.Source == AssessmentSource.Diary), await db.DiarySubmissions.CountAsync()));

    internal static JsonObject Entry(string eventId)
    {
        var protocol = ProtocolLoader.LoadFile(Samples.Path(Samples.Pilot)).Protocol!;
        var values = new JsonObject();
        foreach (var item in protocol.FindInstrument("symptoms")!.Items)
        {
            values[item.Id] = 5.0;
        }

        return new JsonObject
        {
            ["submission_id"] = Guid.NewGuid().ToString(),
            ["event"] = eventId,
            ["values"] = values,
            ["doses"] = new JsonObject { ["morning"] = true, ["evening"] = false },
        };
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string token, JsonObject body) =>
        client.PostAsync(new Uri("/api/v1/diary/" + token, UriKind.Relative), MatrixBodies.Content(body.ToJsonString()));
}
