using System.Net;
using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Api;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Allocation;

/// <summary>
/// Concealed allocation under load: concurrent enrolments in one stratum take every place of the keyed sequence once,
/// and no page or API shows the key.
/// </summary>
public sealed class ConcurrentEnrolmentTests
{
    private const int Count = 20;

    [Fact]
    public async Task Twenty_concurrent_api_enrolments_in_one_stratum_take_places_0_to_19_once_each_by_the_keyed_sequence()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync(Samples.Pilot);
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));
        var codes = Enumerable.Range(1, Count).Select(i => $"C{i:00}").ToList();
        foreach (var code in codes)
        {
            var screened = await client.PostJsonAsync($"/api/v1/studies/{study}/participants",
                $$"""{ "code": "{{code}}", "values": { "consent": "yes", "age": 50, "ambulatory": "yes", "etiology": "b12", "baseline_vas": 6, "vka_use": "no", "pregnant": "no" } }""");
            Assert.Equal(HttpStatusCode.Created, screened.StatusCode);
        }

        var answers = await Task.WhenAll(codes.Select(code => Task.Run(() => client.PostJsonAsync($"/api/v1/studies/{study}/participants/{code}/enrol", "{}"))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var protocol = (await factory.WithDbAsync(db => Myelin.Web.Studies.StoredStudy.LoadAsync(db, study)))!.Protocol;
        var stratum = Stratifier.EtiologyAtEnrolment(protocol, new Dictionary<string, string?> { ["etiology"] = "b12" })!.Code;
        var (keys, enrolled) = await factory.WithDbAsync(async db => (
            await db.AllocationKeys.Where(k => k.StudyId == study).Select(k => k.Key).ToListAsync(),
            await db.Participants.Where(p => p.StudyId == study).Select(p => new { p.Code, p.Arm, p.AllocationStratum, p.AllocationPosition }).ToListAsync()));
        var key = Assert.Single(keys);
        Assert.All(enrolled, p => Assert.Equal(stratum, p.AllocationStratum));
        Assert.Equal(Enumerable.Range(0, Count).Select(n => (int?)n), enrolled.Select(p => p.AllocationPosition).Order());
        Assert.All(enrolled, p => Assert.Equal(PermutedBlockAllocation.ArmAt(protocol, key, stratum, p.AllocationPosition!.Value), p.Arm));

        // Every block completed within the 20 places is balanced.
        var bySequence = enrolled.OrderBy(p => p.AllocationPosition).Select(p => p.Arm!).ToList();
        var start = 0;
        for (var b = 0; ; b++)
        {
            var block = PermutedBlockAllocation.Block(protocol, key, stratum, b);
            if (start + block.Count > Count)
            {
                break;
            }

            var arms = bySequence.GetRange(start, block.Count);
            Assert.Equal(block, arms);
            Assert.Equal(arms.Count / 2, arms.Count(a => a == protocol.Arms[0].Code));
            start += block.Count;
        }

        Assert.True(start >= Count - 3, $"only {start} of {Count} places fell in complete blocks");
    }

    [Fact]
    public async Task Enrolment_in_a_single_arm_study_draws_no_key_and_takes_no_place()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync(Samples.Preliminary);
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));

        await ApiClient.EnrolAsync(client, study, "S001");

        var (keys, position) = await factory.WithDbAsync(async db => (
            await db.AllocationKeys.CountAsync(),
            await db.Participants.Where(p => p.Code == "S001").Select(p => new { p.Status, p.AllocationPosition }).SingleAsync()));
        Assert.Equal((0, ParticipantStatus.Enrolled, (int?)null), (keys, position.Status, position.AllocationPosition));
    }

    [Fact]
    public async Task No_page_api_answer_or_export_shows_the_allocation_key()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync(Samples.Pilot);
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));
        var screened = await client.PostJsonAsync($"/api/v1/studies/{study}/participants",
            """{ "code": "K01", "values": { "consent": "yes", "age": 50, "ambulatory": "yes", "etiology": "b12", "baseline_vas": 6, "vka_use": "no", "pregnant": "no" } }""");
        Assert.Equal(HttpStatusCode.Created, screened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync($"/api/v1/studies/{study}/participants/K01/enrol", "{}")).StatusCode);
        var key = await factory.WithDbAsync(db => db.AllocationKeys.Where(k => k.StudyId == study).Select(k => k.Key).SingleAsync());
        var forms = new[] { Convert.ToHexString(key), Convert.ToHexString(key).ToLowerInvariant(), Convert.ToBase64String(key), Convert.ToBase64String(key).TrimEnd('=') };
        using var session = await factory.LoginAsync();

        var answers = new List<(string Url, string Body)>();
        foreach (var url in new[] { $"/api/v1/studies/{study}", $"/api/v1/studies/{study}/participants", $"/api/v1/studies/{study}/participants/K01", $"/api/v1/studies/{study}/export.csv" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            answers.Add((url, response.StatusCode + " " + await response.Content.ReadAsStringAsync()));
        }

        foreach (var url in new[] { $"/studies/{study}", $"/studies/{study}/participants/K01", $"/studies/{study}/participants/K01/history", $"/studies/{study}/participants/K01/history.csv" })
        {
            var response = await session.Client.GetAsync(new Uri(url, UriKind.Relative));
            answers.Add((url, response.StatusCode + " " + await response.Content.ReadAsStringAsync()));
        }

        Assert.All(answers, a => Assert.StartsWith("OK ", a.Body, StringComparison.Ordinal));
        Assert.All(answers, a => Assert.DoesNotContain(forms, f => a.Body.Contains(f, StringComparison.Ordinal)));
    }
}
