using System.Net;
using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Api;

public sealed class ParticipantsApiTests
{
    [Fact]
    public async Task Screening_returns_the_eligibility_and_enrolment_assigns_arm_and_stratum()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));

        var screened = await client.PostJsonAsync($"/api/v1/studies/{study}/participants", $$"""{ "code": "P001", "values": {{ApiClient.EligibleScreening}} }""");
        Assert.Equal(HttpStatusCode.Created, screened.StatusCode);
        Assert.Equal($"/api/v1/studies/{study}/participants/P001", screened.Headers.Location!.OriginalString);
        var outcome = await screened.JsonAsync();
        Assert.True(outcome.GetProperty("eligible").GetBoolean());
        Assert.All(outcome.GetProperty("criteria").EnumerateArray(), c => Assert.Equal("met", c.GetProperty("status").GetString()));
        Assert.Equal("screened", outcome.GetProperty("participant").GetProperty("status").GetString());
        Assert.Equal("b12", outcome.GetProperty("participant").GetProperty("etiology").GetString());
        Assert.Equal("54", outcome.GetProperty("participant").GetProperty("screening").GetProperty("age").GetString());

        var enrolled = await client.PostJsonAsync($"/api/v1/studies/{study}/participants/P001/enrol", "{}");
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        var p = await enrolled.JsonAsync();
        Assert.Equal("enrolled", p.GetProperty("status").GetString());
        Assert.Equal("mk7", p.GetProperty("arm").GetString());
        Assert.Equal("moderate", p.GetProperty("stratum").GetString());
        Assert.Equal("2026-03-02", p.GetProperty("enrolled_on").GetString());

        var one = await client.GetJsonAsync($"/api/v1/studies/{study}/participants/P001");
        Assert.Equal("enrolled", one.GetProperty("status").GetString());
        var all = await client.GetJsonAsync($"/api/v1/studies/{study}/participants");
        Assert.Equal("P001", Assert.Single(all.EnumerateArray()).GetProperty("code").GetString());
        Assert.True(await ApiClient.LogRowsWithReasonAsync(factory, "enrolment") > 0);
    }

    [Fact]
    public async Task An_ineligible_candidate_is_stored_as_screened_and_refused_enrolment_with_the_criteria()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));

        var screened = await client.PostJsonAsync($"/api/v1/studies/{study}/participants", """{ "code": "P002", "values": { "consent": "yes", "age": 16, "vka_use": "yes" } }""");
        Assert.Equal(HttpStatusCode.Created, screened.StatusCode);
        var outcome = await screened.JsonAsync();
        Assert.False(outcome.GetProperty("eligible").GetBoolean());
        var statuses = outcome.GetProperty("criteria").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("not-met", statuses["adult"]);
        Assert.Equal("not-met", statuses["no-vka"]);
        Assert.Equal("missing", statuses["etiology"]);

        var enrol = await client.PostJsonAsync($"/api/v1/studies/{study}/participants/P002/enrol", "{}");
        await ApiClient.AssertInvalidAsync(enrol, "eligibility.adult", "eligibility.no-vka", "eligibility.etiology");
    }

    [Fact]
    public async Task Bad_screening_bodies_are_422_naming_each_field()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));
        var url = $"/api/v1/studies/{study}/participants";

        await ApiClient.AssertInvalidAsync(
            await client.PostJsonAsync(url, """{ "code": "bad code!", "site": "mars", "values": { "age": "old", "sex": "x", "colour": "blue", "consent": true, "baseline_vas": 10.05 } }"""),
            "code", "site", "values.age", "values.sex", "values.colour", "values.consent", "values.baseline_vas");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "code": "P1", "colour": "blue" }"""), "colour");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "code": 5 }"""), "code");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, """{ "code": "P1", "values": """), "values");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, "null"), "body");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, "[1, 2]"), "body");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, "{}"), "code");
        await ApiClient.AssertInvalidAsync(await client.PostJsonAsync(url, "{ \"code\": \"" + new string('x', 70_000) + "\" }"), "body");
        using var form = new StringContent("code=P1", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        var notJson = await client.PostAsync(new Uri(url, UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.Equal("application/problem+json", notJson.Content.Headers.ContentType?.MediaType);

        var none = await client.GetJsonAsync(url);
        Assert.Equal(0, none.GetArrayLength());
    }

    [Fact]
    public async Task A_second_participant_with_the_same_code_is_409()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));
        await ApiClient.EnrolAsync(client, study, "P001");
        var again = await client.PostJsonAsync($"/api/v1/studies/{study}/participants", """{ "code": "P001" }""");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        var enrolAgain = await client.PostJsonAsync($"/api/v1/studies/{study}/participants/P001/enrol", "{}");
        Assert.Equal(HttpStatusCode.Conflict, enrolAgain.StatusCode);
    }

    [Fact]
    public async Task Enrolment_into_a_randomised_study_takes_the_arm_from_the_allocation_sequence()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync(Samples.Pilot);

        // The pilot is double-blind: only an unblinded role sees the arm in the answer (BlindingTests).
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "lead@test.local", StudyRole.Administrator, study));
        var stored = await factory.WithDbAsync(db => Myelin.Web.Studies.StoredStudy.LoadAsync(db, study));
        var protocol = stored!.Protocol;
        var screeningItems = protocol.GetInstrument(protocol.Screening!.Instrument).Items.Select(i => i.Id).ToList();
        var screened = await client.PostJsonAsync($"/api/v1/studies/{study}/participants", """{ "code": "R001" }""");
        Assert.Equal(HttpStatusCode.Created, screened.StatusCode);
        var body = await ApiClient.AssertInvalidAsync(await client.PostJsonAsync($"/api/v1/studies/{study}/participants/R001/enrol", $$"""{ "arm": "{{protocol.Arms[0].Code}}" }"""), "arm");
        Assert.Contains("allocation", body.GetProperty("errors").GetProperty("arm")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("ambulatory", screeningItems);

        // Four eligible participants of one etiology stratum get the first four places of that stratum's sequence, keyed by the study's secret key.
        var arms = new List<string>();
        for (var i = 1; i <= 4; i++)
        {
            var code = $"B{i:00}";
            var posted = await client.PostJsonAsync($"/api/v1/studies/{study}/participants",
                $$"""{ "code": "{{code}}", "values": { "consent": "yes", "age": 50, "ambulatory": "yes", "etiology": "b12", "baseline_vas": 6, "vka_use": "no", "pregnant": "no" } }""");
            Assert.True((await posted.JsonAsync()).GetProperty("eligible").GetBoolean());
            var enrolled = await client.PostJsonAsync($"/api/v1/studies/{study}/participants/{code}/enrol", "{}");
            Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
            arms.Add((await enrolled.JsonAsync()).GetProperty("arm").GetString()!);
        }

        var stratum = Myelin.Domain.Protocols.Stratifier.EtiologyAtEnrolment(protocol, new Dictionary<string, string?> { ["etiology"] = "b12" })!.Code;
        var (key, positions) = await factory.WithDbAsync(async db => (
            (await db.AllocationKeys.SingleAsync(k => k.StudyId == study)).Key,
            await db.Participants.Where(p => p.StudyId == study && p.AllocationPosition != null).OrderBy(p => p.Code).Select(p => new { p.AllocationStratum, p.AllocationPosition }).ToListAsync()));
        Assert.Equal(Enumerable.Range(0, 4).Select(n => Myelin.Domain.Protocols.PermutedBlockAllocation.ArmAt(protocol, key, stratum, n)), arms);
        Assert.Equal(Enumerable.Range(0, 4).Select(n => new { AllocationStratum = (string?)stratum, AllocationPosition = (int?)n }), positions);
        var first = Myelin.Domain.Protocols.PermutedBlockAllocation.Block(protocol, key, stratum, 0);
        Assert.Equal(first.Count / 2, arms.Take(first.Count).Count(a => a == protocol.Arms[0].Code));
    }
}
