using System.Net;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Workspace;

public sealed class DashboardTests
{
    private const string Study = "k2-7-preliminary";

    /// <summary>
    /// At 2026-03-02: P001 and P002 enrolled 2026-02-16 (day 14), P003 on 2026-02-28 (day 2). P001 did diary w0, w1 and
    /// the baseline labs; P002 only diary w0; P003 nothing yet.
    /// </summary>
    private static async Task<MyelinWebFactory> SeededAsync()
    {
        var factory = new MyelinWebFactory();
        await factory.AddStudyAsync(Samples.Preliminary);
        await factory.EnrolAsync(Study, "P001", new DateOnly(2026, 2, 16));
        await factory.EnrolAsync(Study, "P002", new DateOnly(2026, 2, 16), stratum: "severe");
        await factory.EnrolAsync(Study, "P003", new DateOnly(2026, 2, 28));
        await factory.DiaryAsync(Study, "P001", "diary-w0", 7);
        await factory.DiaryAsync(Study, "P001", "diary-w1", 6);
        await factory.RecordAsync(Study, "P001", "visit-w0", "labs", ("b12", 300, "pg/mL"));
        await factory.DiaryAsync(Study, "P002", "diary-w0", 8.5);
        await factory.WithDbAsync(async db =>
        {
            var people = db.Participants.Where(p => p.StudyId == Study).ToList();
            db.AdverseEvents.Add(AdverseEvent.Report(people.Single(p => p.Code == "P001"), "nausea", new DateOnly(2026, 2, 20), AeSeverity.Mild, false, AeCausality.Possible, "seed", WorkspaceSeed.At));
            var resolved = AdverseEvent.Report(people.Single(p => p.Code == "P002"), "headache", new DateOnly(2026, 2, 18), AeSeverity.Mild, false, AeCausality.NotRelated, "seed", WorkspaceSeed.At);
            resolved.Resolve(new DateOnly(2026, 2, 19), AeOutcome.Recovered, "seed", WorkspaceSeed.At);
            db.AdverseEvents.Add(resolved);
            await db.SaveChangesAsync();
            return 0;
        });
        return factory;
    }

    private static string Cells(AngleSharp.Dom.IElement row) =>
        string.Join(" ", new[] { "done", "due", "overdue", "missed", "upcoming" }.Select(c => row.QuerySelector("td." + c)!.TextContent.Trim()));

    [Fact]
    public async Task Event_counts_adherence_enrolment_and_open_adverse_events_at_the_clock_date()
    {
        using var factory = await SeededAsync();
        using var session = await factory.LoginAsync();

        var page = await session.GetPageAsync($"/studies/{Study}");

        Assert.Equal(HttpStatusCode.OK, session.LastStatus);
        Assert.NotNull(page.QuerySelector("#dashboard"));
        Assert.Equal("2026-03-02", page.QuerySelector("#today")!.TextContent);
        Assert.Equal("3", page.QuerySelector("#enrolled")!.TextContent);
        Assert.Equal("30", page.QuerySelector("#target")!.TextContent);
        // done due overdue missed upcoming
        Assert.Equal("2 0 1 0 0", Cells(page.QuerySelector("#event-diary-w0")!));
        Assert.Equal("1 0 0 1 1", Cells(page.QuerySelector("#event-diary-w1")!));
        Assert.Equal("0 2 0 0 1", Cells(page.QuerySelector("#event-diary-w2")!));
        Assert.Equal("1 0 0 2 0", Cells(page.QuerySelector("#event-visit-w0")!));
        Assert.Equal("0 0 0 0 3", Cells(page.QuerySelector("#event-visit-w4")!));
        // Diaries due so far: P001 w0-w2 (2 done), P002 w0-w2 (1 done), P003 w0 (none): 3 of 7.
        Assert.Equal("3 of 7", page.QuerySelector("#adherence-counts")!.TextContent);
        Assert.Equal("43%", page.QuerySelector("#adherence")!.TextContent);
        Assert.Equal("1", page.QuerySelector("#open-aes")!.TextContent);
        Assert.Equal(6, page.QuerySelectorAll("#definitions li").Length);
    }

    [Fact]
    public async Task The_mean_by_week_chart_is_an_svg_with_a_series_per_stratum()
    {
        using var factory = await SeededAsync();
        using var session = await factory.LoginAsync();

        var page = await session.GetPageAsync($"/studies/{Study}");

        Assert.Null(page.QuerySelector("#no-chart"));
        var svg = page.QuerySelector("#mean-by-week svg");
        Assert.NotNull(svg);
        Assert.Contains("Moderate", svg!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Severe", svg.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_the_clock_turns_due_into_overdue_and_then_missed()
    {
        using var factory = await SeededAsync();

        // The sign-in cookie lasts 8 hours on the same clock, so each day gets its own session.
        factory.Clock.Now = new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);
        using var tuesday = await factory.LoginAsync();
        var overdue = await tuesday.GetPageAsync($"/studies/{Study}");
        factory.Clock.Now = new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero);
        using var thursday = await factory.LoginAsync();
        var missed = await thursday.GetPageAsync($"/studies/{Study}");

        Assert.Equal("0 0 2 0 1", Cells(overdue.QuerySelector("#event-diary-w2")!));
        Assert.Equal("0 0 0 2 1", Cells(missed.QuerySelector("#event-diary-w2")!));
    }

    [Fact]
    public async Task An_empty_study_shows_its_target_and_no_chart()
    {
        using var factory = new MyelinWebFactory();
        await factory.AddStudyAsync(Samples.Pilot);
        using var session = await factory.LoginAsync();

        var page = await session.GetPageAsync("/studies/mk7-rct-pilot");

        Assert.Equal(HttpStatusCode.OK, session.LastStatus);
        Assert.Equal("0", page.QuerySelector("#enrolled")!.TextContent);
        Assert.Equal("20", page.QuerySelector("#target")!.TextContent);
        Assert.NotNull(page.QuerySelector("#no-chart"));
        Assert.NotNull(page.QuerySelector("#nav-screening"));
        Assert.NotNull(page.QuerySelector("#nav-analysis"));
    }
}
