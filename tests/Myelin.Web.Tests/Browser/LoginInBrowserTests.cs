using Microsoft.Playwright;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Myelin.Web.Tests.Browser;

public sealed class LoginInBrowserTests
{
    [SkippableChromiumFact]
    public async Task An_investigator_logs_in_with_the_keyboard_and_sees_the_study()
    {
        using var server = new LiveServer();
        var study = await server.AddStudyAsync();
        await server.AddStaffAsync("iris@test.local", StudyRole.Investigator, study);
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.DesktopAsync(server.BaseUrl);

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
        await page.Locator("#email").FocusAsync();
        await page.Keyboard.TypeAsync("iris@test.local");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(MyelinWebFactory.UserPassword);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#studies")).ToContainTextAsync(study);
        await Infrastructure.Browser.ShotAsync(page, "login-study-list");
    }
}
