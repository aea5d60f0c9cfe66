using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Myelin.Data.Queries;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Api;

/// <summary>Helpers for API tests: a staff user with a real personal access token, and JSON requests.</summary>
public static class ApiClient
{
    /// <summary>Creates a user with a role in the study (at a site or all) and a token for that role; returns the secret.</summary>
    public static async Task<string> IssueTokenAsync(MyelinWebFactory factory, string email, StudyRole role, string studyId, string? siteId = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var user = await factory.AddStaffAsync(email, role, studyId, siteId);
        var secret = SecretToken.New();
        await factory.WithDbAsync(async db =>
        {
            db.ApiTokens.Add(ApiToken.Create(user.Id, "test token", SecretToken.Hash(secret), studyId, role, siteId, factory.Clock.GetUtcNow(), null));
            return await db.SaveChangesAsync();
        });
        return secret;
    }

    /// <summary>A client sending the token.</summary>
    public static HttpClient WithToken(MyelinWebFactory factory, string secret)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>POSTs raw JSON text.</summary>
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    /// <summary>PATCHes raw JSON text.</summary>
    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string url, string json) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, new Uri(url, UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    /// <summary>GETs and parses JSON.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The body as JSON.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Asserts a 422 problem naming exactly these fields (at least), with content type application/problem+json.</summary>
    public static async Task<JsonElement> AssertInvalidAsync(HttpResponseMessage response, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == 422, $"expected 422, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonSerializer.Deserialize<JsonElement>(text);
        var errors = body.GetProperty("errors");
        foreach (var field in fields)
        {
            Assert.True(errors.TryGetProperty(field, out var messages) && messages.GetArrayLength() > 0, $"no error for '{field}' in {text}");
        }

        return body;
    }

    /// <summary>The screening values of an eligible candidate of the preliminary study.</summary>
    public const string EligibleScreening =
        """{ "consent": "yes", "age": 54, "sex": "female", "etiology": "b12", "baseline_vas": 7.5, "vka_use": "no", "pregnant": "no" }""";

    /// <summary>Screens and enrols an eligible participant of the preliminary study through the API.</summary>
    public static async Task EnrolAsync(HttpClient client, string studyId, string code, string? site = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var siteField = site is null ? string.Empty : $", \"site\": \"{site}\"";
        var screened = await client.PostJsonAsync($"/api/v1/studies/{studyId}/participants", $$"""{ "code": "{{code}}"{{siteField}}, "values": {{EligibleScreening}} }""");
        Assert.True(screened.IsSuccessStatusCode, await screened.Content.ReadAsStringAsync());
        var enrolled = await client.PostJsonAsync($"/api/v1/studies/{studyId}/participants/{code}/enrol", """{ "enrolled_on": "2026-03-02" }""");
        Assert.True(enrolled.IsSuccessStatusCode, await enrolled.Content.ReadAsStringAsync());
    }

    /// <summary>Adds a second site to a stored study.</summary>
    public static Task AddSiteAsync(MyelinWebFactory factory, string studyId, string siteId) =>
        factory.WithDbAsync(async db =>
        {
            var study = await db.Studies.FindWithProtocolsAndSitesAsync(studyId);
            study!.AddOrRenameSite(siteId, "Second site");
            return await db.SaveChangesAsync();
        });

    /// <summary>How many change-log rows carry this reason.</summary>
    public static Task<int> LogRowsWithReasonAsync(MyelinWebFactory factory, string reason) =>
        factory.WithDbAsync(db => db.ChangeLog.CountAsync(e => e.Reason == reason));
}
