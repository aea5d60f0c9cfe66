using System.Net;
using System.Net.Http.Headers;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Api;

public sealed class TokensPageTests
{
    [Fact]
    public async Task A_token_made_on_the_page_is_shown_once_works_and_stops_when_revoked()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        await factory.AddStaffAsync("inv@test.local", StudyRole.Investigator, study);
        using var session = await factory.LoginAsync("inv@test.local");

        var page = await session.GetPageAsync("/tokens");
        Assert.Equal(HttpStatusCode.OK, session.LastStatus);
        var scopes = page.QuerySelectorAll("#scope option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal([$"{study}|Investigator|", $"{study}|Investigator|nair"], scopes);

        var created = await session.SubmitFormAsync("/tokens", new Dictionary<string, string> { ["Name"] = "nightly export", ["Scope"] = $"{study}|Investigator|", ["ExpiresOn"] = "2026-04-01" }, "#create-token");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var shown = await Infrastructure.StaffSession.ParseAsync(created);
        var secret = shown.QuerySelector("#token-secret")!.TextContent;
        Assert.True(SecretToken.LooksValid(secret));
        var stored = await factory.WithDbAsync(db => Task.FromResult(db.ApiTokens.Single()));
        Assert.Equal(SecretToken.Hash(secret), stored.TokenHash);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), stored.ExpiresAt);

        var list = await session.GetPageAsync("/tokens");
        Assert.Null(list.QuerySelector("#token-secret"));
        Assert.DoesNotContain(secret, list.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Contains("active until 2026-04-01", list.QuerySelector("#tokens .state")!.TextContent, StringComparison.Ordinal);

        using var api = ApiClient.WithToken(factory, secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri($"/api/v1/studies/{study}/participants", UriKind.Relative))).StatusCode);

        // A token cannot reach the token page and mint another.
        using var viaToken = factory.CreateClient(new() { AllowAutoRedirect = false });
        viaToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.NotEqual(HttpStatusCode.OK, (await viaToken.GetAsync(new Uri("/tokens", UriKind.Relative))).StatusCode);

        var revoked = await session.SubmitFormAsync("/tokens", new Dictionary<string, string>(), "form.revoke");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync(new Uri($"/api/v1/studies/{study}/participants", UriKind.Relative))).StatusCode);
        Assert.StartsWith("revoked", (await session.GetPageAsync("/tokens")).QuerySelector("#tokens .state")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scope_the_user_does_not_hold_is_refused()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        await factory.AddStaffAsync("coord@test.local", StudyRole.Coordinator, study, "nair");
        using var session = await factory.LoginAsync("coord@test.local");
        var page = await session.GetPageAsync("/tokens");
        Assert.Equal([$"{study}|Coordinator|nair"], page.QuerySelectorAll("#scope option").Select(o => o.GetAttribute("value")));

        var refused = await session.SubmitFormAsync("/tokens", new Dictionary<string, string> { ["Name"] = "x", ["Scope"] = $"{study}|Administrator|", ["ExpiresOn"] = "2026-03-01" }, "#create-token");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await Infrastructure.StaffSession.ParseAsync(refused);
        Assert.NotNull(html.QuerySelector("#scope-error"));
        Assert.NotNull(html.QuerySelector("#expires-error"));
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.ApiTokens.Count())));
    }
}
