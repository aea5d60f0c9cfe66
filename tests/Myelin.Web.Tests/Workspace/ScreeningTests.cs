using System.Net;
using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Workspace;

public sealed class ScreeningTests
{
    private const string Study = "k2-7-preliminary";

    private static Dictionary<string, string> Eligible(string code, string vas = "8.5") => new()
    {
        ["Code"] = code,
        ["SiteId"] = "nair",
        ["Values[consent]"] = "yes",
        ["Values[age]"] = "54",
        ["Values[sex]"] = "female",
        ["Values[etiology]"] = "b12",
        ["Values[serum_b12]"] = "180",
        ["Values[baseline_vas]"] = vas,
        ["Values[vka_use]"] = "no",
        ["Values[pregnant]"] = "no",
        ["EnrolledOn"] = "2026-03-02",
        ["Action"] = "enrol",
    };

    [Fact]
    public async Task The_form_is_the_protocols_screening_instrument_with_units_and_allowed_values()
    {
        using var factory = new MyelinWebFactory();
        await factory.AddStudyAsync(Samples.Preliminary);
        using var session = await factory.LoginAsync();

        var page = await session.GetPageAsync($"/studies/{Study}/screening");

        Assert.NotNull(page.QuerySelector("#screening-form"));
        Assert.NotNull(page.QuerySelector("#enrol"));
        Assert.Equal("years", page.QuerySelector("#unit-age")!.TextContent);
        Assert.Equal("pg/mL", page.QuerySelector("#unit-serum_b12")!.TextContent);
        Assert.Equal(["", "b12", "t2dm", "both"], page.QuerySelectorAll("#value-etiology option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["", "yes", "no"], page.QuerySelectorAll("#value-consent option").Select(o => o.GetAttribute("value")));
        Assert.Equal("2026-03-02", page.QuerySelector("#EnrolledOn")!.GetAttribute("value"));
        Assert.Equal("nair", page.QuerySelector("#SiteId option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Bad_values_get_a_message_beside_each_field_and_nothing_is_saved()
    {
        using var factory = new MyelinWebFactory();
        await factory.AddStudyAsync(Samples.Preliminary);
        using var session = await factory.LoginAsync();
        var fields = Eligible("");
        fields["Values[age]"] = "fifty";
        fields["Values[baseline_vas]"] = "10.05";
        fields["Values[etiology]"] = "gout";
        fields["SiteId"] = "elsewhere";
        fields["EnrolledOn"] = "2026-03-09";

        var response = await session.SubmitFormAsync($"/studies/{Study}/screening", fields, "#screening-form");
        var page = await StaffSession.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("required", page.QuerySelector("#error-Code")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("'fifty' is not a whole number", page.QuerySelector("#error-age")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("10.05 is out of range", page.QuerySelector("#error-baseline_vas")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("'gout' is not a code", page.QuerySelector("#error-etiology")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("not one of your sites", page.QuerySelector("#error-SiteId")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("in the future", page.QuerySelector("#error-EnrolledOn")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("fifty", page.QuerySelector("#value-age")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#error-sex"));
        Assert.Equal(0, await factory.ParticipantCountAsync(Study));
    }

    [Fact]
    public async Task Checking_shows_every_failed_criterion_with_its_reason_and_enrolling_an_ineligible_person_saves_nothing()
    {
        using var factory = new MyelinWebFactory();
        await factory.AddStudyAsync(Samples.Preliminary);
        using var session = await factory.LoginAsync();
        var fields = Eligible("P040", vas: "3");
        fields["Values[age]"] = "16";
        fields["Action"] = "check";

        var checkedPage = await StaffSession.ParseAsync(await session.SubmitFormAsync($"/studies/{Study}/screening", fields, "#screening-form"));
        fields["Action"] = "enrol";
        var enrol = await session.SubmitFormAsync($"/studies/{Study}/screening", fields, "#screening-form");
        var refused = await StaffSession.ParseAsync(enrol);

        Assert.NotNull(checkedPage.QuerySelector("#not-eligible"));
        Assert.Contains("age >= 18", checkedPage.QuerySelector("#criterion-adult .reason")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("baseline_vas = 3", checkedPage.QuerySelector("#criterion-symptomatic .reason")!.TextContent, StringComparison.Ordinal);
        Assert.Null(checkedPage.QuerySelector("#criterion-consent .reason"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, enrol.StatusCode);
        Assert.Contains("not eligible", refused.QuerySelector("#error-Action")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await factory.ParticipantCountAsync(Study));
    }

    [Fact]
    public async Task Enrolling_stores_the_values_the_stratum_and_the_single_arm_and_opens_the_participant_page()
    {
        using var factory = new MyelinWebFactory();
        await factory.AddStudyAsync(Samples.Preliminary);
        using var session = await factory.LoginAsync();

        var response = await session.SubmitFormAsync($"/studies/{Study}/screening", Eligible("P031"), "#screening-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/studies/{Study}/participants/P031", response.Headers.Location!.OriginalString);
        var p = await factory.WithDbAsync(db => db.Participants.Include(x => x.ScreeningValues).SingleAsync(x => x.Code == "P031"));
        Assert.Equal(ParticipantStatus.Enrolled, p.Status);
        Assert.Equal("severe", p.Stratum);
        Assert.Equal("mk7", p.Arm);
        Assert.Equal("b12", p.Etiology);
        Assert.Equal(new DateOnly(2026, 3, 2), p.EnrolledOn);
        Assert.Equal("pg/mL", p.ScreeningValues.Single(v => v.ItemId == "serum_b12").Unit);
        var page = await session.GetPageAsync($"/studies/{Study}/participants/P031");
        Assert.Equal("due", page.QuerySelector("#schedule-diary-w0 .state")!.TextContent);

        var again = await session.SubmitFormAsync($"/studies/{Study}/screening", Eligible("P031"), "#screening-form");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("already a participant code", (await StaffSession.ParseAsync(again)).QuerySelector("#error-Code")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_screen_failure_is_recorded_as_screened_without_enrolment()
    {
        using var factory = new MyelinWebFactory();
        await factory.AddStudyAsync(Samples.Preliminary);
        using var session = await factory.LoginAsync();
        var fields = Eligible("P050", vas: "2");
        fields["Action"] = "screen";

        var response = await session.SubmitFormAsync($"/studies/{Study}/screening", fields, "#screening-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var p = await factory.WithDbAsync(db => db.Participants.SingleAsync(x => x.Code == "P050"));
        Assert.Equal(ParticipantStatus.Screened, p.Status);
        Assert.Null(p.Arm);
    }

    [Fact]
    public async Task A_blinded_randomised_study_allocates_by_the_keyed_sequence_of_the_etiology_stratum()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync(Samples.Pilot);
        using var session = await factory.LoginAsync();
        var protocol = ProtocolLoader.LoadFile(Samples.Path(Samples.Pilot)).Protocol!;

        for (var i = 1; i <= 4; i++)
        {
            var response = await session.SubmitFormAsync($"/studies/{study}/screening", new Dictionary<string, string>
            {
                ["Code"] = $"R00{i}", ["SiteId"] = "mumbai", ["Values[consent]"] = "yes", ["Values[age]"] = "60", ["Values[sex]"] = "male",
                ["Values[ambulatory]"] = "yes", ["Values[etiology]"] = "t2dm", ["Values[baseline_vas]"] = "6", ["Values[vka_use]"] = "no",
                ["Values[pregnant]"] = "no", ["EnrolledOn"] = "2026-03-02", ["Action"] = "enrol",
            }, "#screening-form");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var arms = await factory.WithDbAsync(db => db.Participants.Where(p => p.StudyId == study).OrderBy(p => p.Code).Select(p => p.Arm!).ToListAsync());
        var key = await factory.WithDbAsync(async db => (await db.AllocationKeys.SingleAsync(k => k.StudyId == study)).Key);
        Assert.Equal(Enumerable.Range(0, 4).Select(n => PermutedBlockAllocation.ArmAt(protocol, key, "dm", n)), arms);
        var first = PermutedBlockAllocation.Block(protocol, key, "dm", 0);
        Assert.Equal(first.Count / 2, arms.Take(first.Count).Count(a => a == "placebo"));
        var page = await session.GetPageAsync($"/studies/{study}/participants/R001");
        Assert.Equal(protocol.FindArm(arms[0])!.Label, page.QuerySelector("#fact-arm")!.TextContent);
        await factory.AddStaffAsync("inv@test.local", StudyRole.Investigator, study);
        using var investigator = await factory.LoginAsync("inv@test.local");
        page = await investigator.GetPageAsync($"/studies/{study}/participants/R001");
        Assert.Equal("allocated (blinded)", page.QuerySelector("#fact-arm")!.TextContent);
        var screening = await session.GetPageAsync($"/studies/{study}/screening");
        Assert.Null(screening.QuerySelector("[name=Arm]"));
    }
}
