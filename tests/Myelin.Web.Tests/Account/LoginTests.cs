using System.Net;
using Myelin.Domain.Records;
using Myelin.Web.Access;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Account;

public sealed class LoginTests
{
    [Fact]
    public async Task A_wrong_password_is_refused_with_the_same_words_as_an_unknown_email()
    {
        using var factory = new MyelinWebFactory();
        await factory.AddStaffAsync("ana@test.local");
        using var session = new StaffSession(factory.CreateClient(new() { AllowAutoRedirect = false }));

        var wrong = await session.SubmitFormAsync("/login", new Dictionary<string, string> { ["Email"] = "ana@test.local", ["Password"] = "not-her-password" });
        var unknown = await session.SubmitFormAsync("/login", new Dictionary<string, string> { ["Email"] = "nobody@test.local", ["Password"] = "whatever-it-is" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var wrongText = (await StaffSession.ParseAsync(wrong)).QuerySelector("#login-error")!.TextContent;
        var unknownText = (await StaffSession.ParseAsync(unknown)).QuerySelector("#login-error")!.TextContent;
        Assert.Equal("The e-mail or the password is wrong.", wrongText);
        Assert.Equal(wrongText, unknownText);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        using var factory = new MyelinWebFactory();
        await factory.AddStaffAsync("ben@test.local");
        using var session = new StaffSession(factory.CreateClient(new() { AllowAutoRedirect = false }));
        for (var i = 0; i < IdentitySetup.MaxFailedLogins; i++)
        {
            await session.SubmitFormAsync("/login", new Dictionary<string, string> { ["Email"] = "ben@test.local", ["Password"] = "wrong-password-" + i });
        }

        var right = await session.SubmitFormAsync("/login", new Dictionary<string, string> { ["Email"] = "ben@test.local", ["Password"] = MyelinWebFactory.UserPassword });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, right.StatusCode);
        Assert.Contains("locked for 15 minutes", (await StaffSession.ParseAsync(right)).QuerySelector("#login-error")!.TextContent, StringComparison.Ordinal);

        // Identity keeps lockout on the wall clock (it takes no TimeProvider), so the end of the lockout is read, not waited for.
        var end = await factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == "ben@test.local").LockoutEnd));
        Assert.NotNull(end);
    }

    [Fact]
    public async Task A_login_post_without_the_antiforgery_token_is_refused()
    {
        using var factory = new MyelinWebFactory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = MyelinWebFactory.AdminEmail, ["Password"] = MyelinWebFactory.AdminPassword });
        var response = await client.PostAsync(new Uri("/login", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_study_list_shows_only_granted_studies_and_counts_only_granted_sites()
    {
        using var factory = new MyelinWebFactory();
        var preliminary = await factory.AddStudyAsync(Samples.Preliminary);
        var pilot = await factory.AddStudyAsync(Samples.Pilot);
        await factory.AddStaffAsync("cara@test.local", StudyRole.Coordinator, pilot);
        await factory.AddStaffAsync("dev@test.local");

        using var admin = await factory.LoginAsync();
        var all = await admin.GetPageAsync("/");
        Assert.Equal(
            new[] { preliminary, pilot }.Order(StringComparer.Ordinal),
            all.QuerySelectorAll("#studies tbody tr td:first-child").Select(td => td.TextContent).Order(StringComparer.Ordinal));

        using var cara = await factory.LoginAsync("cara@test.local");
        var hers = await cara.GetPageAsync("/");
        Assert.Equal([pilot], hers.QuerySelectorAll("#studies tbody tr td:first-child").Select(td => td.TextContent).ToArray());
        Assert.Equal("Coordinator", hers.QuerySelector("#studies tbody tr td:nth-child(3)")!.TextContent);

        using var dev = await factory.LoginAsync("dev@test.local");
        Assert.NotNull((await dev.GetPageAsync("/")).QuerySelector("#no-studies"));
    }
}
