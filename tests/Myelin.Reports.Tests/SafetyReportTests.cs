using Myelin.Domain.Records;
using Myelin.Reports.Tests.Builders;

namespace Myelin.Reports.Tests;

public sealed class SafetyReportTests
{
    [Fact]
    public void Adverse_events_are_counted_per_arm_and_listed_with_study_day()
    {
        var inputs = SampleStudies.Inputs(SampleStudies.RctPilot, participants: 20);
        var first = inputs.Data.Participants[0];
        var onset = first.EnrolledOn!.Value.AddDays(10);
        inputs = inputs with
        {
            AdverseEvents =
            [
                new ReportAdverseEvent(first.Code, "nausea", onset, onset.AddDays(3), AeSeverity.Mild, false, AeCausality.Possible, AeOutcome.Recovered),
                new ReportAdverseEvent(first.Code, "headache", onset.AddDays(20), null, AeSeverity.Severe, true, AeCausality.NotRelated, AeOutcome.NotRecovered),
            ],
        };

        string html = StudyReport.RenderHtml(inputs);

        Assert.Contains(">nausea</td>", html, StringComparison.Ordinal);
        Assert.Contains("(day 10)", html, StringComparison.Ordinal);
        Assert.Contains(">ongoing</td>", html, StringComparison.Ordinal);
        Assert.Contains(">not recovered</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No adverse events were recorded", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_adverse_event_records_are_not_reported_as_none()
    {
        var inputs = SampleStudies.Inputs(SampleStudies.Preliminary) with { AdverseEvents = null };

        string html = StudyReport.RenderHtml(inputs);

        Assert.Contains("Adverse-event records were not given to the report", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No adverse events were recorded", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Labs_are_shown_with_their_units()
    {
        string html = StudyReport.RenderHtml(SampleStudies.Inputs(SampleStudies.Preliminary));

        Assert.Contains("Serum vitamin B12 (pg/mL)", html, StringComparison.Ordinal);
        Assert.Contains("Serum creatinine (mg/dL)", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fig-labs\"", html, StringComparison.Ordinal);
    }
}
