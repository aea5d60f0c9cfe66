using System.Net;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Api;

public sealed class AdverseEventsAndDosesApiTests
{
    [Fact]
    public async Task An_adverse_event_is_reported_then_corrected_with_its_reason()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));
        await ApiClient.EnrolAsync(client, study, "P001");
        var url = $"/api/v1/studies/{study}/participants/P001/adverse-events";

        var created = await client.PostJsonAsync(url, """{ "term": "Nausea", "onset_on": "2026-03-01", "severity": "mild", "serious": false, "related": "possible" }""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ae = await created.JsonAsync();
        Assert.Equal("not-recovered", ae.GetProperty("outcome").GetString());
        Assert.Equal("possible", ae.GetProperty("related").GetString());
        var id = ae.GetProperty("id").GetInt64();

        await ApiClient.AssertInvalidAsync(await client.PatchJsonAsync($"{url}/{id}", """{ "severity": "severe" }"""), "reason");
        await ApiClient.AssertInvalidAsync(await client.PatchJsonAsync($"{url}/{id}", """{ "reason": "follow-up call", "outcome": "recovered" }"""), "resolved_on");
        await ApiClient.AssertInvalidAsync(await client.PatchJsonAsync($"{url}/{id}", """{ "reason": "follow-up call", "outcome": "recovered", "resolved_on": "2026-02-01" }"""), "resolved_on");
        var corrected = await client.PatchJsonAsync($"{url}/{id}", """{ "reason": "follow-up call", "severity": "moderate", "outcome": "recovered", "resolved_on": "2026-03-02" }""");
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var after = await corrected.JsonAsync();
        Assert.Equal("moderate", after.GetProperty("severity").GetString());
        Assert.Equal("recovered", after.GetProperty("outcome").GetString());
        Assert.Equal("2026-03-02", after.GetProperty("resolved_on").GetString());
        Assert.True(await ApiClient.LogRowsWithReasonAsync(factory, "follow-up call") > 0);

        var list = await client.GetJsonAsync(url);
        Assert.Equal("moderate", Assert.Single(list.EnumerateArray()).GetProperty("severity").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PatchJsonAsync($"{url}/999", """{ "reason": "x", "serious": true }""")).StatusCode);
    }

    [Fact]
    public async Task Bad_adverse_events_are_422_naming_each_field()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));
        await ApiClient.EnrolAsync(client, study, "P001");
        var url = $"/api/v1/studies/{study}/participants/P001/adverse-events";

        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, "{}"), "term", "onset_on", "severity", "serious", "related");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "term": "x", "onset_on": "2026-03-01", "severity": "extreme", "serious": false, "related": "possible" }"""), "severity");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "term": "x", "onset_on": "2026-03-01", "severity": 1, "serious": false, "related": "possible" }"""), "severity");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "term": "x", "onset_on": "01/03/2026", "severity": "mild", "serious": false, "related": "possible" }"""), "onset_on");
        var serious = await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "term": "x", "onset_on": "2026-03-01", "severity": "mild", "serious": "no", "related": "possible" }"""), "serious");
        Assert.Equal("wrong type: expected true or false.", serious.GetProperty("errors").GetProperty("serious")[0].GetString());
        var severity = await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "term": "x", "onset_on": "2026-03-01", "severity": "grave", "serious": true, "related": "possible" }"""), "severity");
        Assert.Equal("wrong type: expected one of mild, moderate, severe.", severity.GetProperty("errors").GetProperty("severity")[0].GetString());
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "term": "x", "onset_on": "2027-01-01", "severity": "mild", "serious": false, "related": "possible" }"""), "onset_on");
        Assert.Empty((await client.GetJsonAsync(url)).EnumerateArray());
    }

    [Fact]
    public async Task Doses_are_recorded_once_per_date_and_slot()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "coord@test.local", StudyRole.Coordinator, study));
        await ApiClient.EnrolAsync(client, study, "P001");
        var url = $"/api/v1/studies/{study}/participants/P001/doses";

        var created = await client.PostJsonAsync(url, """{ "date": "2026-03-02", "slot": "morning", "taken": true }""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync(url, """{ "date": "2026-03-02", "slot": "evening", "taken": false }""")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostJsonAsync(url, """{ "date": "2026-03-02", "slot": "morning", "taken": false }""")).StatusCode);
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "date": "2026-03-02", "slot": "noon", "taken": true }"""), "slot");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "date": "2026-02-01", "slot": "1", "taken": true }"""), "date");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "slot": "1", "extra": 1 }"""), "extra");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "date": "2026-03-03", "slot": "1", "taken": "yes" }"""), "taken");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "slot": "1" }"""), "date", "taken");

        // A locked study refuses new records with 409 naming the lock, and stores nothing.
        await factory.WithDbAsync(db => Myelin.Data.Locking.LockOperations.LockStudyAsync(db, study, "database lock"));
        var locked = await client.PostJsonAsync(url, """{ "date": "2026-03-03", "slot": "morning", "taken": true }""");
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Equal("application/problem+json", locked.Content.Headers.ContentType?.MediaType);

        var list = await client.GetJsonAsync(url);
        Assert.Equal(["evening", "morning"], list.EnumerateArray().Select(d => d.GetProperty("slot").GetString()));
        Assert.True(list[1].GetProperty("taken").GetBoolean());
    }
}
