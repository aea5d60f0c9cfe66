using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Diary;
using Myelin.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Myelin.Web.Tests.Browser;

public sealed class DiaryJourneyTests
{
    [SkippableChromiumFact]
    public async Task An_investigator_takes_the_link_and_the_participant_completes_week_0_on_a_phone_with_the_keyboard_only()
    {
        using var server = new LiveServer();
        var study = await server.AddStudyAsync();
        await server.AddStaffAsync("iris@test.local", StudyRole.Investigator, study);
        await using var browser = await Infrastructure.Browser.LaunchAsync();

        // The investigator logs in, screens and enrols P001 in the workspace, and issues the link, shown once.
        var desk = await browser.DesktopAsync(server.BaseUrl);
        await desk.GotoAsync("/login");
        await desk.Locator("#email").FillAsync("iris@test.local");
        await desk.Locator("#password").FillAsync(MyelinWebFactory.UserPassword);
        await desk.Locator("#login").ClickAsync();
        await Expect(desk.Locator("#studies")).ToContainTextAsync(study);
        await desk.GotoAsync($"/studies/{study}/screening");
        await desk.Locator("#Code").FillAsync("P001");
        await desk.Locator("#SiteId").SelectOptionAsync("nair");
        foreach (var (item, choice) in new[] { ("consent", "yes"), ("sex", "female"), ("etiology", "b12"), ("vka_use", "no"), ("pregnant", "no") })
        {
            await desk.Locator("#value-" + item).SelectOptionAsync(choice);
        }

        foreach (var (item, text) in new[] { ("age", "54"), ("serum_b12", "180"), ("baseline_vas", "8.5") })
        {
            await desk.Locator("#value-" + item).FillAsync(text);
        }

        await desk.Locator("#EnrolledOn").FillAsync("2026-03-02");
        await desk.Locator("#enrol").ClickAsync();
        await Expect(desk).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/studies/{study}/participants/P001$"));
        var participantId = await server.WithDbAsync(db => db.Participants.Where(p => p.Code == "P001" && p.Status == ParticipantStatus.Enrolled).Select(p => p.Id).SingleAsync());
        await desk.GotoAsync($"/studies/{study}/participants/P001/diary-link");
        await desk.Locator("#issue-link").ClickAsync();
        var link = await desk.Locator("#new-link").InputValueAsync();
        Assert.StartsWith(server.BaseUrl + "/d/", link, StringComparison.Ordinal);
        await Infrastructure.Browser.ShotAsync(desk, "diary-link-issued");

        // The participant opens it on a phone: nothing is preset.
        var phone = await browser.PhoneAsync(server.BaseUrl);
        await phone.GotoAsync(link);
        await Expect(phone.Locator("#window-diary-w0")).ToContainTextAsync("2026-03-02");
        await Expect(phone.Locator("#o-diary-w0-tingling")).ToHaveTextAsync("not set");
        await Expect(phone.Locator("#n-diary-w0-tingling")).ToHaveAttributeAsync("type", "hidden");
        await Infrastructure.Browser.ShotAsync(phone, "diary-phone-week0-unset");

        // Enter on the button before any slider is set: refused beside the first slider, which gets the focus.
        await phone.Locator("#send-diary-w0").FocusAsync();
        await phone.Keyboard.PressAsync("Enter");
        await Expect(phone.Locator("#e-diary-w0-tingling")).ToHaveTextAsync("Please set this slider.");
        await Expect(phone.Locator("#r-diary-w0-tingling")).ToBeFocusedAsync();
        Assert.Equal(0, await server.WithDbAsync(db => db.Assessments.CountAsync()));
        await Infrastructure.Browser.ShotAsync(phone, "diary-phone-week0-refused");

        // Each slider: Home (0), PageUp adds 1, ArrowRight adds 0.1; Tab to the next.
        var ratings = new Dictionary<string, (int Whole, int Tenths)>
        {
            ["tingling"] = (6, 5), ["numbness"] = (7, 0), ["weakness"] = (3, 2), ["fatigue"] = (5, 0), ["cramps"] = (2, 8), ["global"] = (6, 9),
        };
        foreach (var (item, (whole, tenths)) in ratings)
        {
            await Expect(phone.Locator($"#r-diary-w0-{item}")).ToBeFocusedAsync();
            await phone.Keyboard.PressAsync("Home");
            for (var i = 0; i < whole; i++)
            {
                await phone.Keyboard.PressAsync("PageUp");
            }

            for (var i = 0; i < tenths; i++)
            {
                await phone.Keyboard.PressAsync("ArrowRight");
            }

            await Expect(phone.Locator($"#o-diary-w0-{item}")).ToHaveTextAsync(tenths == 0 ? $"{whole}" : $"{whole}.{tenths}");
            await phone.Keyboard.PressAsync("Tab");
        }

        // Morning dose taken (Space), evening not; a note typed in its box (the offline-capable script sends it); Tab to Send and Enter.
        await Expect(phone.Locator("#m-diary-w0")).ToBeFocusedAsync();
        await phone.Keyboard.PressAsync("Space");
        await phone.Keyboard.PressAsync("Tab");
        await phone.Keyboard.PressAsync("Tab");
        await Expect(phone.Locator("#note-diary-w0")).ToBeFocusedAsync();
        await phone.Keyboard.TypeAsync("Feet burn at night");
        await phone.Keyboard.PressAsync("Tab");
        await Expect(phone.Locator("#send-diary-w0")).ToBeFocusedAsync();
        await Infrastructure.Browser.ShotAsync(phone, "diary-phone-week0-filled");
        await phone.Keyboard.PressAsync("Enter");
        await Expect(phone.Locator("#sent")).ToHaveTextAsync("Sent. Thank you!");
        await Infrastructure.Browser.ShotAsync(phone, "diary-phone-week0-sent");

        // The study dashboard shows the diary done, and it is stored once, as rated.
        await desk.GotoAsync($"/studies/{study}");
        await Expect(desk.Locator("#event-diary-w0 td.done")).ToHaveTextAsync("1");
        await Expect(desk.Locator("#event-diary-w0 td.due")).ToHaveTextAsync("0");
        await Expect(desk.Locator("#adherence-counts")).ToContainTextAsync("1 of 1");
        await Infrastructure.Browser.ShotAsync(desk, "diary-dashboard-after-week0");
        await server.WithDbAsync(async db =>
        {
            var assessment = await db.Assessments.Include(a => a.Items).SingleAsync(a => a.ParticipantId == participantId);
            Assert.Equal(("diary-w0", AssessmentSource.Diary, "diary:P001", "Feet burn at night"), (assessment.EventId, assessment.Source, assessment.EnteredBy, assessment.Note));
            Assert.Equal(ratings.ToDictionary(r => r.Key, r => r.Value.Whole + (r.Value.Tenths / 10.0)), assessment.Items.ToDictionary(i => i.ItemId, i => i.Numeric!.Value));
            var doses = await db.DoseRecords.Where(d => d.ParticipantId == participantId).ToDictionaryAsync(d => d.Slot, d => d.Taken);
            Assert.Equal([(DoseRecord.Evening, false), (DoseRecord.Morning, true)], doses.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => (d.Key, d.Value)));
            return 0;
        });
        await phone.ReloadAsync();
        await Expect(phone.Locator("#nothing-due")).ToBeVisibleAsync();
    }

    [SkippableChromiumFact]
    public async Task Offline_the_entry_waits_on_the_phone_and_is_stored_once_when_the_network_returns()
    {
        using var server = new LiveServer();
        var study = await server.AddStudyAsync();
        var (participantId, token) = await DiarySeed.EnrolAsync(server, study, "P001", language: DiaryLanguage.Hindi);
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var phone = await browser.PhoneAsync(server.BaseUrl);
        await phone.GotoAsync("/d/" + token);
        foreach (var item in DiarySeed.Items)
        {
            await phone.Locator($"#r-diary-w0-{item}").FillAsync("4");
        }

        await phone.Locator("#note-diary-w0").FillAsync("पैरों में जलन");
        await phone.Context.SetOfflineAsync(true);
        await phone.Locator("#send-diary-w0").ClickAsync();

        await Expect(phone.Locator("#queued")).ToHaveTextAsync("इस फ़ोन में सहेजा गया, इंटरनेट मिलते ही भेजा जाएगा।");
        var queue = await phone.EvaluateAsync<string>($"() => window.localStorage.getItem('myelin-diary-queue:{token}')");
        Assert.Contains("\"event\":\"diary-w0\"", queue, StringComparison.Ordinal);
        Assert.Contains("पैरों में जलन", queue, StringComparison.Ordinal);
        Assert.Equal(0, await server.WithDbAsync(db => db.Assessments.CountAsync()));
        await Infrastructure.Browser.ShotAsync(phone, "diary-phone-offline-queued");

        await phone.Context.SetOfflineAsync(false);

        await Expect(phone.Locator("#sent")).ToHaveTextAsync("भेज दिया गया। धन्यवाद!");
        Assert.Null(await phone.EvaluateAsync<string?>($"() => window.localStorage.getItem('myelin-diary-queue:{token}')"));
        await phone.ReloadAsync();
        await Expect(phone.Locator("#nothing-due")).ToBeVisibleAsync();
        Assert.Equal((1, 1, "पैरों में जलन"), await server.WithDbAsync(async db => (
            await db.Assessments.CountAsync(a => a.ParticipantId == participantId),
            await db.DiarySubmissions.CountAsync(s => s.ParticipantId == participantId),
            await db.Assessments.Where(a => a.ParticipantId == participantId).Select(a => a.Note).SingleAsync())));
        await Infrastructure.Browser.ShotAsync(phone, "diary-phone-offline-sent");
    }

    [SkippableChromiumFact]
    public async Task A_queued_entry_is_sent_again_when_the_page_loads_and_a_repeat_stores_nothing_twice()
    {
        using var server = new LiveServer();
        var study = await server.AddStudyAsync();
        var (participantId, token) = await DiarySeed.EnrolAsync(server, study, "P001");
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var phone = await browser.PhoneAsync(server.BaseUrl);
        await phone.GotoAsync("/d/" + token);

        // An entry already sent once, still in the queue (e.g. the answer was lost): the page sends it on load,
        // the server answers 200 with what it stored, and the queue empties.
        var entry = DiarySeed.Entry();
        Assert.Equal(System.Net.HttpStatusCode.Created, (await DiarySeed.PostAsync(server.CreateClient(), token, entry)).StatusCode);
        var queued = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["api"] = "/api/v1/diary/" + token, ["body"] = entry.DeepClone() });
        await phone.EvaluateAsync("([k, v]) => window.localStorage.setItem(k, v)", new[] { "myelin-diary-queue:" + token, queued.ToJsonString() });
        await phone.ReloadAsync();

        await Expect(phone.Locator("#sent")).ToBeVisibleAsync();
        Assert.Null(await phone.EvaluateAsync<string?>($"() => window.localStorage.getItem('myelin-diary-queue:{token}')"));
        Assert.Equal(1, await server.WithDbAsync(db => db.Assessments.CountAsync(a => a.ParticipantId == participantId)));
    }
}
