using System.Net;
using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Workspace;

public sealed class ClinicFormTests
{
    private const string Study = "k2-7-preliminary";
    private const string Base = $"/studies/{Study}/participants/P001";

    private static async Task<MyelinWebFactory> EnrolledAsync()
    {
        var factory = new MyelinWebFactory();
        await factory.AddStudyAsync(Samples.Preliminary);
        await factory.EnrolAsync(Study, "P001", new DateOnly(2026, 2, 1));
        return factory;
    }

    private static Task<List<ItemValue>> LabsAsync(MyelinWebFactory factory) =>
        factory.WithDbAsync(db => db.ItemValues.Where(v => v.Assessment.EventId == "visit-w4" && v.Assessment.InstrumentId == "labs").ToListAsync());

    [Fact]
    public async Task Labs_are_stored_with_the_protocols_units_and_shown_with_them()
    {
        using var factory = await EnrolledAsync();
        using var session = await factory.LoginAsync();

        var form = await session.GetPageAsync($"{Base}/events/visit-w4/labs");
        var response = await session.SubmitFormAsync($"{Base}/events/visit-w4/labs", new Dictionary<string, string> { ["Values[b12]"] = "412.5", ["Values[hba1c]"] = "6.1" }, "#assessment-form");

        Assert.Equal("pg/mL", form.QuerySelector("#unit-b12")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var values = await LabsAsync(factory);
        Assert.Equal("pg/mL", values.Single(v => v.ItemId == "b12").Unit);
        Assert.Equal("%", values.Single(v => v.ItemId == "hba1c").Unit);
        var page = await session.GetPageAsync(Base);
        Assert.Equal("412.5", page.QuerySelector("#value-visit-w4-labs-b12 td.num")!.TextContent);
        Assert.Equal("pg/mL", page.QuerySelector("#value-visit-w4-labs-b12 td.unit")!.TextContent);
        Assert.Equal("done", page.QuerySelector("#schedule-visit-w4 .state")!.TextContent);
    }

    [Fact]
    public async Task Bad_lab_values_get_messages_beside_their_fields_and_nothing_is_stored()
    {
        using var factory = await EnrolledAsync();
        using var session = await factory.LoginAsync();

        var response = await session.SubmitFormAsync($"{Base}/events/visit-w4/labs", new Dictionary<string, string> { ["Values[b12]"] = "99999", ["Values[hba1c]"] = "six", ["Values[alt]"] = "30" }, "#assessment-form");
        var page = await StaffSession.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("out of range", page.QuerySelector("#error-b12")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("'six' is not a number", page.QuerySelector("#error-hba1c")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#error-alt"));
        Assert.Equal("30", page.QuerySelector("#value-alt")!.GetAttribute("value"));
        Assert.Empty(await LabsAsync(factory));
    }

    [Fact]
    public async Task A_recorded_value_is_corrected_only_with_a_reason_which_the_change_log_keeps()
    {
        using var factory = await EnrolledAsync();
        using var session = await factory.LoginAsync();
        var url = $"{Base}/events/visit-w4/labs";
        await session.SubmitFormAsync(url, new Dictionary<string, string> { ["Values[b12]"] = "412.5" }, "#assessment-form");

        var refused = await session.SubmitFormAsync(url, new Dictionary<string, string> { ["Values[b12]"] = "421.5", ["reason"] = "" }, "#assessment-form");
        var refusedPage = await StaffSession.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("reason is required", refusedPage.QuerySelector("#error-reason")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("412.5", (await LabsAsync(factory)).Single().Value);

        var corrected = await session.SubmitFormAsync(url, new Dictionary<string, string> { ["Values[b12]"] = "421.5", ["reason"] = "transcription error: digits swapped" }, "#assessment-form");
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal("421.5", (await LabsAsync(factory)).Single().Value);
        var entry = await factory.WithDbAsync(db => db.ChangeLog.Where(e => e.Field == "Value" && e.NewValue == "421.5").SingleAsync());
        Assert.Equal("412.5", entry.OldValue);
        Assert.Equal("transcription error: digits swapped", entry.Reason);
        Assert.Equal(ChangeChannel.Web, entry.Via);
        Assert.Equal(MyelinWebFactory.AdminEmail, entry.Actor);
    }

    [Fact]
    public async Task An_adverse_event_cannot_resolve_before_its_onset_and_is_updated_only_with_a_reason()
    {
        using var factory = await EnrolledAsync();
        using var session = await factory.LoginAsync();
        var fields = new Dictionary<string, string>
        {
            ["Term"] = "nausea", ["OnsetOn"] = "2026-02-20", ["Severity"] = "Mild", ["Serious"] = "no", ["Related"] = "Possible",
            ["Outcome"] = "Recovered", ["ResolvedOn"] = "2026-02-19",
        };

        var early = await session.SubmitFormAsync($"{Base}/adverse-events/new", fields, "#ae-form");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("before the onset", (await StaffSession.ParseAsync(early)).QuerySelector("#error-ResolvedOn")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.AdverseEvents.CountAsync()));

        fields["Outcome"] = "NotRecovered";
        fields["ResolvedOn"] = "";
        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitFormAsync($"{Base}/adverse-events/new", fields, "#ae-form")).StatusCode);
        var id = await factory.WithDbAsync(db => db.AdverseEvents.Select(e => e.Id).SingleAsync());

        // The form's selects are not copied by SubmitFormAsync (inputs only), so the update names every choice.
        var update = new Dictionary<string, string> { ["Severity"] = "Mild", ["Serious"] = "no", ["Related"] = "Possible", ["Outcome"] = "Recovered", ["ResolvedOn"] = "2026-02-25" };
        var noReason = await session.SubmitFormAsync($"{Base}/adverse-events/{id}", update, "#ae-form");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.NotNull((await StaffSession.ParseAsync(noReason)).QuerySelector("#error-reason"));

        update["reason"] = "follow-up call";
        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitFormAsync($"{Base}/adverse-events/{id}", update, "#ae-form")).StatusCode);
        var ae = await factory.WithDbAsync(db => db.AdverseEvents.SingleAsync());
        Assert.Equal(new DateOnly(2026, 2, 25), ae.ResolvedOn);
        Assert.Equal(AeOutcome.Recovered, ae.Outcome);
        var page = await session.GetPageAsync(Base);
        Assert.Contains("2026-02-25", page.QuerySelector($"#ae-{id}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dose_is_recorded_once_per_slot_and_changed_only_with_a_reason()
    {
        using var factory = await EnrolledAsync();
        using var session = await factory.LoginAsync();
        var url = $"{Base}/doses";

        var before = await session.SubmitFormAsync(url, new Dictionary<string, string> { ["Date"] = "2026-01-31", ["Slot"] = "morning", ["Taken"] = "yes" }, "#dose-form");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, before.StatusCode);
        Assert.Contains("before the enrolment", (await StaffSession.ParseAsync(before)).QuerySelector("#error-Date")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitFormAsync(url, new Dictionary<string, string> { ["Date"] = "2026-02-10", ["Slot"] = "evening", ["Taken"] = "yes" }, "#dose-form")).StatusCode);
        var change = await session.SubmitFormAsync(url, new Dictionary<string, string> { ["Date"] = "2026-02-10", ["Slot"] = "evening", ["Taken"] = "no" }, "#dose-form");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, change.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.DoseRecords.Select(d => d.Taken).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitFormAsync(url, new Dictionary<string, string> { ["Date"] = "2026-02-10", ["Slot"] = "evening", ["Taken"] = "no", ["reason"] = "capsule found in the pack" }, "#dose-form")).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.DoseRecords.Select(d => d.Taken).SingleAsync()));
        var page = await session.GetPageAsync(Base);
        Assert.Equal("no", page.QuerySelectorAll("#dose-2026-02-10-evening td")[2].TextContent);
    }

    [Fact]
    public async Task The_participant_page_shows_the_schedule_states_and_the_trajectory_chart()
    {
        using var factory = await EnrolledAsync();
        await factory.DiaryAsync(Study, "P001", "diary-w0", 7);
        await factory.DiaryAsync(Study, "P001", "diary-w1", 6.2);
        await factory.DiaryAsync(Study, "P001", "diary-w2", 5);
        using var session = await factory.LoginAsync();

        // Enrolled 2026-02-01; on 2026-03-02 it is day 29.
        var page = await session.GetPageAsync(Base);

        Assert.Equal("done", page.QuerySelector("#schedule-diary-w0 .state")!.TextContent);
        Assert.Equal("missed", page.QuerySelector("#schedule-diary-w3 .state")!.TextContent);
        Assert.Equal("overdue", page.QuerySelector("#schedule-diary-w4 .state")!.TextContent);
        Assert.Equal("overdue", page.QuerySelector("#schedule-visit-w4 .state")!.TextContent);
        Assert.Equal("upcoming", page.QuerySelector("#schedule-diary-w5 .state")!.TextContent);
        Assert.Equal("2026-02-26 to 2026-03-04", page.QuerySelectorAll("#schedule-visit-w4 td")[1].TextContent);
        Assert.NotNull(page.QuerySelector("#trajectory svg"));
        Assert.NotNull(page.QuerySelector($"a#diary-link[href='{Base}/diary-link']"));
        Assert.NotNull(page.QuerySelector("#casebook-integrity"));
        Assert.Equal("7", page.QuerySelector("#screening-baseline_vas td.num")!.TextContent);
    }
}
