using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Myelin.Web.Tests.Security;

/// <summary>
/// Issue 6, hardening: script payloads stored in every free-text field we can reach are shown as text on every page,
/// in Chromium — no script runs, no dialog opens, and the text reads as it was typed.
/// </summary>
public sealed class StoredScriptTests(ITestOutputHelper output) : IDisposable
{
    private const string Script = "<script>window.__xss=1</script>";
    private const string Img = "\"><img src=x onerror=window.__xss=1>";
    private const string Link = "javascript:window.__xss=1//";
    private const string Svg = "<svg onload=window.__xss=1><circle r=9 /></svg>";

    // Raw markup that must never reach a page unescaped.
    private static readonly string[] Markup = ["<script>window.__xss", "<img src=x onerror", "<svg onload"];

    private readonly LiveServer _server = new();

    [SkippableChromiumFact]
    public async Task Stored_payloads_render_as_text_on_every_page()
    {
        var world = await SecurityWorld.CreateAsync(_server, signIn: false);
        var stored = await StorePayloadsAsync(world);

        var urls = (await EndpointCatalog.DiscoverAsync(_server.Services))
            .Where(e => e.IsPage && e.Methods.Contains("GET") && (!AnonymousAllowList.Contains(e.Route) || e.Route == "/d/{token}"))
            // Downloads (CSV, JSON) are not pages a browser renders; Chromium would start a download instead.
            .Where(e => !e.Route.EndsWith(".csv", StringComparison.Ordinal) && !e.Route.EndsWith("/json", StringComparison.Ordinal))
            .SelectMany(e => (e.HasParticipant || e.Route == "/d/{token}" ? new[] { world.A, world.B } : [world.A]).Select(t => RouteFiller.Fill(e, world, t)))
            .Append("/login?returnUrl=" + Uri.EscapeDataString(Link))
            .Append("/login?returnUrl=" + Uri.EscapeDataString(Img))
            .Distinct()
            .ToList();

        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.DesktopAsync(_server.BaseUrl);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add($"{page.Url}: {dialog.Type} '{dialog.Message}'");
            await dialog.DismissAsync();
        };
        await page.GotoAsync("/login");
        await page.FillAsync("#email", MyelinWebFactory.AdminEmail);
        await page.FillAsync("#password", MyelinWebFactory.AdminPassword);
        await page.Locator("form button[type=submit], form input[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/login", StringComparison.Ordinal));

        var problems = new List<string>();
        var seen = stored.ToDictionary(s => s.Key, _ => new List<string>());
        foreach (var url in urls)
        {
            var response = await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.Load);
            var html = response is null ? "" : await response.TextAsync();
            var text = await page.InnerTextAsync("body");
            var ran = await page.EvaluateAsync<bool>("() => typeof window.__xss !== 'undefined'");
            output.WriteLine($"{response?.Status} {url}");
            if (ran)
            {
                problems.Add($"{url}: a stored payload ran (window.__xss is set)");
            }

            problems.AddRange(Markup.Where(m => html.Contains(m, StringComparison.Ordinal)).Select(m => $"{url}: the raw markup '{m}' is in the page's HTML"));
            foreach (var (field, value) in stored)
            {
                var inHtml = html.Contains(WebUtility.HtmlEncode(value), StringComparison.Ordinal) || html.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(value), StringComparison.Ordinal);
                if (text.Contains(value, StringComparison.Ordinal))
                {
                    seen[field].Add(url);
                }
                else if (inHtml)
                {
                    problems.Add($"{url}: the {field} is in the HTML but does not read as its text");
                }
            }

            // A javascript: URL must never be a link's target.
            var hrefs = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('[href],[src],[action],[formaction]')).map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || e.getAttribute('formaction'))");
            problems.AddRange(hrefs.Where(h => h.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)).Select(h => $"{url}: a link or form goes to '{h}'"));

            if (url == $"/studies/{world.StudyId}")
            {
                await Infrastructure.Browser.ShotAsync(page, "security-stored-script-dashboard");
            }
        }

        foreach (var (field, urlsSeen) in seen)
        {
            output.WriteLine($"{field}: shown as text on {(urlsSeen.Count == 0 ? "no page yet" : string.Join(", ", urlsSeen))}");
        }

        problems.AddRange(dialogs.Select(d => "a dialog opened: " + d));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.NotEmpty(seen["study title"]);
        Assert.NotEmpty(seen["diary note"]);
        Assert.True(urls.Count >= 3, $"only {urls.Count} pages were visited");
    }

    private async Task<Dictionary<string, string>> StorePayloadsAsync(SecurityWorld world)
    {
        var stored = new Dictionary<string, string>
        {
            ["study title"] = "Title " + Script,
            ["site A name"] = "Mumbai " + Img,
            ["site B name"] = "Pune " + Svg,
            ["adverse event term"] = "Rash " + Img + Script,
            ["withdrawal reason"] = "Moved " + Script,
            ["text item"] = "Note " + Link + " " + Svg,
            ["diary note"] = "Diary " + Script + Img,
            ["token name"] = "Token " + Img,
            ["display name"] = "Coord " + Script,
        };

        await _server.WithDbAsync(async db =>
        {
            var now = _server.Clock.GetUtcNow();
            db.Actor = new Myelin.Data.ChangeLog.ChangeActor("seed", ChangeChannel.Cli, "withdrawal: moved away");
            var study = await db.Studies.Include(s => s.Sites).SingleAsync(s => s.Id == world.StudyId);
            study.Retitle(stored["study title"]);
            study.AddOrRenameSite(SecurityWorld.SiteA, stored["site A name"]);
            study.AddOrRenameSite(SecurityWorld.SiteB, stored["site B name"]);

            var a = await db.Participants.SingleAsync(p => p.Id == world.A.Id);
            db.AdverseEvents.Add(AdverseEvent.Report(a, stored["adverse event term"], new DateOnly(2026, 3, 2), AeSeverity.Moderate, false, AeCausality.Possible, "seed", now));
            var closeout = Assessment.Record(a, "visit-w12", "closeout", AssessmentSource.Clinic, "seed", now);
            closeout.SetValue("completed", "no", null);
            closeout.SetValue("notes", stored["text item"], null);
            db.Assessments.Add(closeout);
            var diary = Assessment.Record(a, "diary-w0", "symptoms", AssessmentSource.Diary, EnteredBy.Diary(a.Code), now);
            diary.SetValue("tingling", "5", null);
            diary.SetNote(stored["diary note"]);
            db.Assessments.Add(diary);

            var b = await db.Participants.SingleAsync(p => p.Id == world.B.Id);
            b.Withdraw(stored["withdrawal reason"], now);

            var admin = await db.Users.SingleAsync(u => u.Email == MyelinWebFactory.AdminEmail);
            db.ApiTokens.Add(ApiToken.Create(admin.Id, stored["token name"], SecretToken.Hash(SecretToken.New()), world.StudyId, StudyRole.Administrator, null, now, null));
            var coordinator = await db.Users.SingleAsync(u => u.Email == "coordinator@matrix.test");
            coordinator.DisplayName = stored["display name"];
            return await db.SaveChangesAsync();
        });
        return stored;
    }

    public void Dispose() => _server.Dispose();
}
