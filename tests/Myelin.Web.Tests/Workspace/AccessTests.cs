using System.Net;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Workspace;

public sealed class AccessTests
{
    private const string Study = "k2-7-preliminary";

    private static async Task<MyelinWebFactory> TwoSitesAsync()
    {
        var factory = new MyelinWebFactory();
        await factory.AddStudyAsync(Samples.Preliminary);
        await factory.AddSiteAsync(Study, "pune");
        await factory.EnrolAsync(Study, "P001", new DateOnly(2026, 2, 16));
        await factory.EnrolAsync(Study, "Q001", new DateOnly(2026, 2, 16), siteId: "pune");
        return factory;
    }

    [Fact]
    public async Task A_coordinator_at_one_site_does_not_see_the_other_sites_participants()
    {
        using var factory = await TwoSitesAsync();
        await factory.AddStaffAsync("cora@test.local", StudyRole.Coordinator, Study, "nair");
        using var session = await factory.LoginAsync("cora@test.local");

        var list = await session.GetPageAsync($"/studies/{Study}/participants");
        Assert.NotNull(list.QuerySelector("#participant-P001"));
        Assert.Null(list.QuerySelector("#participant-Q001"));

        await session.GetPageAsync($"/studies/{Study}/participants/Q001");
        Assert.Equal(HttpStatusCode.NotFound, session.LastStatus);
        await session.GetPageAsync($"/studies/{Study}/participants/Q001/events/visit-w0/labs");
        Assert.Equal(HttpStatusCode.NotFound, session.LastStatus);
        await session.GetPageAsync($"/studies/{Study}/participants/P001");
        Assert.Equal(HttpStatusCode.OK, session.LastStatus);

        var dashboard = await session.GetPageAsync($"/studies/{Study}");
        Assert.Equal("1", dashboard.QuerySelector("#screened")!.TextContent);
        Assert.Equal("2", dashboard.QuerySelector("#enrolled")!.TextContent);

        var screening = await session.GetPageAsync($"/studies/{Study}/screening");
        Assert.Equal(["", "nair"], screening.QuerySelectorAll("#SiteId option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task A_statistician_sees_the_dashboard_and_analysis_links_but_no_participant_page()
    {
        using var factory = await TwoSitesAsync();
        await factory.AddStaffAsync("stan@test.local", StudyRole.Statistician, Study);
        using var session = await factory.LoginAsync("stan@test.local");

        var dashboard = await session.GetPageAsync($"/studies/{Study}");
        Assert.Equal(HttpStatusCode.OK, session.LastStatus);
        Assert.Null(dashboard.QuerySelector("#nav-participants"));
        Assert.Null(dashboard.QuerySelector("#nav-screening"));
        Assert.NotNull(dashboard.QuerySelector("#nav-analysis"));

        await WorkspaceAsserts.AssertForbiddenAsync(session, $"/studies/{Study}/participants/P001");
        await WorkspaceAsserts.AssertForbiddenAsync(session, $"/studies/{Study}/participants");
        await WorkspaceAsserts.AssertForbiddenAsync(session, $"/studies/{Study}/screening");
        await WorkspaceAsserts.AssertForbiddenAsync(session, $"/studies/{Study}/participants/P001/adverse-events/new");
    }

    [Fact]
    public async Task A_monitor_reads_the_casebook_but_cannot_enter_data()
    {
        using var factory = await TwoSitesAsync();
        await factory.AddStaffAsync("mona@test.local", StudyRole.Monitor, Study);
        using var session = await factory.LoginAsync("mona@test.local");

        var page = await session.GetPageAsync($"/studies/{Study}/participants/Q001");
        Assert.Equal(HttpStatusCode.OK, session.LastStatus);
        Assert.Null(page.QuerySelector("#report-ae"));
        Assert.Null(page.QuerySelector("#form-visit-w0-labs"));
        await WorkspaceAsserts.AssertForbiddenAsync(session, $"/studies/{Study}/participants/Q001/events/visit-w0/labs");
        await WorkspaceAsserts.AssertForbiddenAsync(session, $"/studies/{Study}/participants/Q001/doses");
    }

    [Fact]
    public async Task Someone_without_a_grant_is_refused_and_an_unknown_participant_is_not_found()
    {
        using var factory = await TwoSitesAsync();
        await factory.AddStaffAsync("nobody@test.local");
        using (var outsider = await factory.LoginAsync("nobody@test.local"))
        {
            await WorkspaceAsserts.AssertForbiddenAsync(outsider, $"/studies/{Study}");
        }

        using var admin = await factory.LoginAsync();
        await admin.GetPageAsync($"/studies/{Study}/participants/NOPE");
        Assert.Equal(HttpStatusCode.NotFound, admin.LastStatus);
    }
}
