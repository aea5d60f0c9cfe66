using System.Net;
using System.Net.Http.Headers;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Api;

public sealed class AccessTests
{
    [Fact]
    public async Task Without_a_valid_token_every_study_endpoint_is_401_problem_details()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var url in new[] { "/api/v1/studies", $"/api/v1/studies/{study}", $"/api/v1/studies/{study}/participants", $"/api/v1/studies/{study}/export.csv" })
        {
            var response = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SecretToken.New());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync($"/api/v1/studies/{study}/participants", """{ "code": "P1" }""")).StatusCode);
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/v1/studies", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_browser_session_does_not_reach_the_api()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        using var session = await factory.LoginAsync();
        var response = await session.Client.GetAsync(new Uri($"/api/v1/studies/{study}/participants", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_role_without_the_permission_is_403_and_a_revoked_token_401()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var secret = await ApiClient.IssueTokenAsync(factory, "stats@test.local", StudyRole.Statistician, study);
        using var statistician = ApiClient.WithToken(factory, secret);
        Assert.Equal(HttpStatusCode.Forbidden, (await statistician.GetAsync(new Uri($"/api/v1/studies/{study}/participants", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await statistician.PostJsonAsync($"/api/v1/studies/{study}/participants", """{ "code": "P1" }""")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await statistician.GetAsync(new Uri($"/api/v1/studies/{study}/export.csv", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await statistician.GetAsync(new Uri($"/api/v1/studies/{study}", UriKind.Relative))).StatusCode);

        using var monitor = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "mon@test.local", StudyRole.Monitor, study));
        Assert.Equal(HttpStatusCode.OK, (await monitor.GetAsync(new Uri($"/api/v1/studies/{study}/participants", UriKind.Relative))).StatusCode);
        var write = await monitor.PostJsonAsync($"/api/v1/studies/{study}/participants", """{ "code": "P1" }""");
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal("application/problem+json", write.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await monitor.GetAsync(new Uri("/api/v1/studies/another-study/participants", UriKind.Relative))).StatusCode);

        await factory.WithDbAsync(async db =>
        {
            var token = db.ApiTokens.Single(t => t.TokenHash == SecretToken.Hash(secret));
            token.Revoke(factory.Clock.GetUtcNow());
            db.Actor = db.Actor! with { Reason = "token revoked" };
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await statistician.GetAsync(new Uri($"/api/v1/studies/{study}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_site_limited_token_sees_only_its_site_and_others_are_404()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        await ApiClient.AddSiteAsync(factory, study, "pune");
        using var everywhere = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));
        await ApiClient.EnrolAsync(everywhere, study, "P001", "nair");
        await ApiClient.EnrolAsync(everywhere, study, "P002", "pune");

        using var nairOnly = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "coord@test.local", StudyRole.Coordinator, study, "nair"));
        var list = await nairOnly.GetJsonAsync($"/api/v1/studies/{study}/participants");
        Assert.Equal("P001", Assert.Single(list.EnumerateArray()).GetProperty("code").GetString());
        foreach (var url in new[]
        {
            $"/api/v1/studies/{study}/participants/P002", $"/api/v1/studies/{study}/participants/P002/assessments",
            $"/api/v1/studies/{study}/participants/P002/adverse-events", $"/api/v1/studies/{study}/participants/P002/doses",
        })
        {
            var response = await nairOnly.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await nairOnly.PostJsonAsync($"/api/v1/studies/{study}/participants/P002/doses", """{ "date": "2026-03-02", "slot": "morning", "taken": true }""")).StatusCode);
        await ApiClient.AssertInvalidAsync(await nairOnly.PostJsonAsync($"/api/v1/studies/{study}/participants", """{ "code": "P003", "site": "pune" }"""), "site");
        var sites = (await nairOnly.GetJsonAsync($"/api/v1/studies/{study}")).GetProperty("sites");
        Assert.Equal("nair", Assert.Single(sites.EnumerateArray()).GetProperty("id").GetString());
    }
}
