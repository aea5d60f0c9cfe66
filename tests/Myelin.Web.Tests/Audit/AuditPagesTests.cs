using System.Net;
using Microsoft.EntityFrameworkCore;
using Myelin.Data.ChangeLog;
using Myelin.Data.Locking;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Audit;

/// <summary>The record-history page and CSV, casebook lock and unlock, signing with the password, and the study lock.</summary>
public sealed class AuditPagesTests : IDisposable
{
    private readonly MyelinWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<(string StudyId, string Site)> SeedAsync()
    {
        var studyId = await _factory.AddStudyAsync();
        var site = await _factory.WithDbAsync(async db =>
        {
            var s = await db.Sites.SingleAsync(x => x.StudyId == studyId);
            var p = Participant.Screen(s, "P001", null, _factory.Clock.GetUtcNow());
            db.Participants.Add(p);
            await db.SaveChangesAsync();
            db.Actor = new ChangeActor("seed", ChangeChannel.Cli, "etiology confirmed <script>alert(1)</script>");
            p.SetEtiology("t2dm", _factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            return s.Id;
        });
        return (studyId, site);
    }

    [Fact]
    public async Task The_history_page_and_csv_show_every_change_with_its_reason_to_a_monitor_and_hide_other_sites()
    {
        var (studyId, site) = await SeedAsync();
        await _factory.AddStaffAsync("monitor@test.local", StudyRole.Monitor, studyId, site);
        using var monitor = await _factory.LoginAsync("monitor@test.local");
        var page = await monitor.GetPageAsync($"/studies/{studyId}/participants/P001/history");
        Assert.Equal(HttpStatusCode.OK, monitor.LastStatus);
        var rows = page.QuerySelectorAll("#history tbody tr");
        Assert.Contains(rows, r => r.TextContent.Contains("Etiology", StringComparison.Ordinal) && r.TextContent.Contains("t2dm", StringComparison.Ordinal)
            && r.TextContent.Contains("etiology confirmed <script>alert(1)</script>", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("#history script"));

        using var csv = await monitor.Client.GetAsync(new Uri($"/studies/{studyId}/participants/P001/history.csv", UriKind.Relative));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("sequence,time_utc,who,via,entity,record,field,change,old_value,new_value,reason\r\n", text, StringComparison.Ordinal);
        Assert.Contains(",seed,Cli,Participant,", text, StringComparison.Ordinal);
        Assert.Contains(",Etiology,Modified,,t2dm,etiology confirmed <script>alert(1)</script>\r\n", text, StringComparison.Ordinal);

        await _factory.AddStaffAsync("elsewhere@test.local", StudyRole.Monitor, studyId, "elsewhere");
        using var other = await _factory.LoginAsync("elsewhere@test.local");
        await other.GetPageAsync($"/studies/{studyId}/participants/P001/history");
        Assert.Equal(HttpStatusCode.NotFound, other.LastStatus);
        using var otherCsv = await other.Client.GetAsync(new Uri($"/studies/{studyId}/participants/P001/history.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, otherCsv.StatusCode);

        await _factory.AddStaffAsync("stats@test.local", StudyRole.Statistician, studyId);
        using var stats = await _factory.LoginAsync("stats@test.local");
        await stats.GetPageAsync($"/studies/{studyId}/participants/P001/history");
        Assert.NotEqual(HttpStatusCode.OK, stats.LastStatus);
    }

    [Fact]
    public async Task A_coordinator_locks_a_casebook_which_refuses_changes_and_only_an_investigator_unlocks_it_with_a_reason()
    {
        var (studyId, site) = await SeedAsync();
        await _factory.AddStaffAsync("coord@test.local", StudyRole.Coordinator, studyId, site);
        await _factory.AddStaffAsync("pi@test.local", StudyRole.Investigator, studyId, site);
        var url = $"/studies/{studyId}/participants/P001/lock";
        using var coordinator = await _factory.LoginAsync("coord@test.local");
        var locked = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["reason"] = "cleaned" }, "#lock-form");
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        var page = await coordinator.GetPageAsync(url);
        Assert.Contains("casebook is locked", page.QuerySelector("#locks")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#unlock-form"));

        var refused = await _factory.WithDbAsync(async db =>
        {
            db.Actor = new ChangeActor("coord@test.local", ChangeChannel.Web, "correction");
            (await db.Participants.SingleAsync(p => p.Code == "P001")).SetEtiology("b12-deficiency", _factory.Clock.GetUtcNow());
            return await Assert.ThrowsAsync<RecordLockedException>(() => db.SaveChangesAsync());
        });
        Assert.Contains("unlock it first, with a reason", refused.Message, StringComparison.Ordinal);

        using var investigator = await _factory.LoginAsync("pi@test.local");
        var lockId = (await investigator.GetPageAsync(url)).QuerySelector("#lockId option")!.GetAttribute("value")!;
        var blank = await investigator.SubmitFormAsync(url, new Dictionary<string, string> { ["lockId"] = lockId, ["reason"] = " " }, "#unlock-form");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        Assert.Contains("needs a reason", (await StaffSession.ParseAsync(blank)).QuerySelector("#error-reason")!.TextContent, StringComparison.Ordinal);
        var unlocked = await investigator.SubmitFormAsync(url, new Dictionary<string, string> { ["lockId"] = lockId, ["reason"] = "query on visit 1" }, "#unlock-form");
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.NotNull((await investigator.GetPageAsync(url)).QuerySelector("#unlocked"));
        var history = await investigator.GetPageAsync($"/studies/{studyId}/participants/P001/history");
        Assert.Contains(history.QuerySelectorAll("#history tbody tr"), r => r.TextContent.Contains("unlock: query on visit 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_needs_the_password_again_and_records_the_meaning_and_the_chain_end()
    {
        var (studyId, site) = await SeedAsync();
        await _factory.AddStaffAsync("pi@test.local", StudyRole.Investigator, studyId, site);
        using var investigator = await _factory.LoginAsync("pi@test.local");
        var url = $"/studies/{studyId}/participants/P001/sign";
        var wrong = await investigator.SubmitFormAsync(url, new Dictionary<string, string> { ["meaning"] = "0", ["password"] = "guess" }, "#sign-form");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.NotNull((await StaffSession.ParseAsync(wrong)).QuerySelector("#error-password"));
        var noMeaning = await investigator.SubmitFormAsync(url, new Dictionary<string, string> { ["meaning"] = "other", ["otherMeaning"] = "", ["password"] = MyelinWebFactory.UserPassword }, "#sign-form");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noMeaning.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Signatures.CountAsync()));

        var signed = await investigator.SubmitFormAsync(url, new Dictionary<string, string> { ["meaning"] = "other", ["otherMeaning"] = "Reviewed at the close-out visit", ["password"] = MyelinWebFactory.UserPassword }, "#sign-form");
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var (signature, head) = await _factory.WithDbAsync(async db => (
            await db.Signatures.SingleAsync(),
            await db.ChangeLog.Where(e => e.StudyId == studyId && e.Entity != "Signature").OrderByDescending(e => e.Sequence).FirstAsync()));
        Assert.Equal(("pi@test.local", "pi", "Reviewed at the close-out visit", head.Sequence, head.Hash),
            (signature.SignedBy, signature.SignerName, signature.Meaning, signature.AuditSequence, signature.AuditHash));
        Assert.Contains("Reviewed at the close-out visit", (await investigator.GetPageAsync($"/studies/{studyId}/participants/P001/history")).QuerySelector("#signatures")!.TextContent, StringComparison.Ordinal);

        await _factory.AddStaffAsync("coord@test.local", StudyRole.Coordinator, studyId, site);
        using var coordinator = await _factory.LoginAsync("coord@test.local");
        await coordinator.GetPageAsync(url);
        Assert.NotEqual(HttpStatusCode.OK, coordinator.LastStatus);
    }

    [Fact]
    public async Task The_study_lock_page_locks_and_unlocks_the_whole_study()
    {
        var (studyId, _) = await SeedAsync();
        await _factory.AddStaffAsync("pi@test.local", StudyRole.Investigator, studyId);
        using var investigator = await _factory.LoginAsync("pi@test.local");
        var url = $"/studies/{studyId}/lock";
        Assert.Equal(HttpStatusCode.Redirect, (await investigator.SubmitFormAsync(url, new Dictionary<string, string> { ["reason"] = "final analysis" }, "#study-lock-form")).StatusCode);
        Assert.Contains($"study '{studyId}' is locked", (await investigator.GetPageAsync(url)).QuerySelector("#state")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await investigator.SubmitFormAsync(url, new Dictionary<string, string> { ["reason"] = "" }, "#study-lock-form")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await investigator.SubmitFormAsync(url, new Dictionary<string, string> { ["reason"] = "data query" }, "#study-lock-form")).StatusCode);
        Assert.Contains("not locked", (await investigator.GetPageAsync(url)).QuerySelector("#state")!.TextContent, StringComparison.Ordinal);
    }
}
