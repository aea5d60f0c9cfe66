using System.Net;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Api;

public sealed class AssessmentsApiTests
{
    private const string Labs = """{ "event": "visit-w0", "instrument": "labs", "values": { "b12": 180.5, "hba1c": "6.1" } }""";

    [Fact]
    public async Task An_assessment_is_stored_read_back_and_never_overwritten()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));
        await ApiClient.EnrolAsync(client, study, "P001");
        var url = $"/api/v1/studies/{study}/participants/P001/assessments";

        var created = await client.PostJsonAsync(url, Labs);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var a = await created.JsonAsync();
        Assert.Equal("clinic", a.GetProperty("source").GetString());
        Assert.StartsWith("token:", a.GetProperty("entered_by").GetString(), StringComparison.Ordinal);
        var values = a.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(["b12", "hba1c"], values.Select(v => v.GetProperty("item").GetString()));
        Assert.Equal("180.5", values[0].GetProperty("value").GetString());
        Assert.Equal("pg/mL", values[0].GetProperty("unit").GetString());

        var read = await client.GetJsonAsync(created.Headers.Location!.OriginalString);
        Assert.Equal(a.GetProperty("id").GetInt64(), read.GetProperty("id").GetInt64());
        Assert.Single((await client.GetJsonAsync(url)).EnumerateArray());

        var again = await client.PostJsonAsync(url, """{ "event": "visit-w0", "instrument": "labs", "values": { "b12": 999 } }""");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        var still = await client.GetJsonAsync(created.Headers.Location!.OriginalString);
        Assert.Equal("180.5", still.GetProperty("values")[0].GetProperty("value").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(url + "/999999", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Bad_assessments_are_422_naming_each_field()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));
        await ApiClient.EnrolAsync(client, study, "P001");
        var url = $"/api/v1/studies/{study}/participants/P001/assessments";

        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "event": "week-99", "instrument": "nope", "values": {} }"""), "event", "instrument");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "event": "visit-w4", "instrument": "symptoms", "values": {} }"""), "instrument");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "event": "diary-w0", "instrument": "symptoms", "values": { "tingling": 11, "numbness": 5.55, "colour": 1 } }"""),
            "values.tingling", "values.numbness", "values.colour", "values.weakness", "values.fatigue", "values.cramps", "values.global");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "event": "visit-w0", "instrument": "labs", "values": { "b12": "lots" }, "note": "x" }"""), "note");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "event": "visit-w0", "instrument": "labs", "values": { "b12": "lots" } }"""), "values.b12");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "instrument": "labs", "values": [1] }"""), "values");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "instrument": "labs" }"""), "event", "values");
        Assert.Empty((await client.GetJsonAsync(url)).EnumerateArray());
    }

    [Fact]
    public async Task A_screened_participant_gets_no_assessment()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync($"/api/v1/studies/{study}/participants", """{ "code": "S1" }""")).StatusCode);
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync($"/api/v1/studies/{study}/participants/S1/assessments", Labs), "participant");
    }
}
