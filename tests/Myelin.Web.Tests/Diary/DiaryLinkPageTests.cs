using System.Net;
using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Diary;

public sealed class DiaryLinkPageTests
{
    [Fact]
    public async Task An_investigator_issues_a_link_shown_once_and_a_new_one_revokes_the_old()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        await DiarySeed.EnrolAsync(factory, study, "P001");
        await factory.AddStaffAsync("iris@test.local", StudyRole.Investigator, study);
        using var session = await factory.LoginAsync("iris@test.local");
        var url = $"/studies/{study}/participants/P001/diary-link";

        var first = await StaffSession.ParseAsync(await session.SubmitFormAsync(url, new Dictionary<string, string>(), "form[action*='handler=Issue']"));
        var link = first.QuerySelector("#new-link")!.GetAttribute("value")!;
        var token = link[(link.LastIndexOf('/') + 1)..];
        var later = await session.GetPageAsync(url);
        var works = await factory.CreateClient().GetAsync(new Uri("/api/v1/diary/" + token, UriKind.Relative));
        var second = await StaffSession.ParseAsync(await session.SubmitFormAsync(url, new Dictionary<string, string>(), "form[action*='handler=Issue']"));
        var old = await factory.CreateClient().GetAsync(new Uri("/api/v1/diary/" + token, UriKind.Relative));

        Assert.Matches("^http://localhost/d/[A-Za-z0-9_-]{43}$", link);
        Assert.Null(later.QuerySelector("#new-link"));
        Assert.DoesNotContain(token, later.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Contains("A link works", later.QuerySelector("#link-state")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, works.StatusCode);
        Assert.NotEqual(link, second.QuerySelector("#new-link")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.DiaryLinks.CountAsync(l => l.RevokedAt == null)));
    }

    [Fact]
    public async Task Revoking_stops_the_link_and_the_language_is_chosen_here()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (id, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        await factory.AddStaffAsync("cora@test.local", StudyRole.Coordinator, study);
        using var session = await factory.LoginAsync("cora@test.local");
        var url = $"/studies/{study}/participants/P001/diary-link";

        var language = await session.SubmitFormAsync(url, new Dictionary<string, string> { ["Language"] = DiaryLanguage.Marathi }, "form[action*='handler=Language']");
        var page = await factory.CreateClient().GetStringAsync(new Uri("/d/" + token, UriKind.Relative));
        var badLanguage = await session.SubmitFormAsync(url, new Dictionary<string, string> { ["Language"] = "fr" }, "form[action*='handler=Language']");
        var revoked = await StaffSession.ParseAsync(await session.SubmitFormAsync(url, new Dictionary<string, string>(), "form[action*='handler=Revoke']"));
        var gone = await factory.CreateClient().GetAsync(new Uri("/d/" + token, UriKind.Relative));

        var antiforgery = (await session.GetPageAsync(url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var bare = new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery)]);
        var noAction = await session.Client.PostAsync(new Uri(url, UriKind.Relative), bare);
        Assert.Equal(HttpStatusCode.BadRequest, noAction.StatusCode);
        Assert.Equal(HttpStatusCode.OK, language.StatusCode);
        Assert.Contains("lang=\"mr\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badLanguage.StatusCode);
        Assert.Contains("No working link", revoked.QuerySelector("#link-state")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var log = await factory.WithDbAsync(db => db.ChangeLog.Where(e => e.Entity == "DiaryLink" && e.Field == "RevokedAt").ToListAsync());
        Assert.Equal(("cora@test.local", ChangeChannel.Web, "diary link revoked"), (Assert.Single(log).Actor, log[0].Via, log[0].Reason));
        Assert.Equal(DiaryLanguage.Marathi, await factory.WithDbAsync(db => db.Participants.Where(p => p.Id == id).Select(p => p.Language).SingleAsync()));
    }

    [Fact]
    public async Task A_monitor_may_not_and_a_participant_outside_the_users_sites_is_not_found()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Studies.Include(s => s.Sites).SingleAsync(s => s.Id == study);
            stored.AddOrRenameSite("pune", "A second site");
            return await db.SaveChangesAsync();
        });
        await DiarySeed.EnrolAsync(factory, study, "P001", siteId: "nair");
        await factory.AddStaffAsync("mona@test.local", StudyRole.Monitor, study);
        await factory.AddStaffAsync("cora@test.local", StudyRole.Coordinator, study, "pune");
        var url = $"/studies/{study}/participants/P001/diary-link";

        using var monitor = await factory.LoginAsync("mona@test.local");
        await monitor.GetPageAsync(url);
        using var coordinator = await factory.LoginAsync("cora@test.local");
        await coordinator.GetPageAsync(url);

        Assert.NotEqual(HttpStatusCode.OK, monitor.LastStatus);
        Assert.Equal(HttpStatusCode.NotFound, coordinator.LastStatus);
    }
}
