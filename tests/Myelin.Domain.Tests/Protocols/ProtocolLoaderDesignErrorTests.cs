using Myelin.Domain.Protocols;
using static Myelin.Domain.Tests.Protocols.MinimalProtocol;

namespace Myelin.Domain.Tests.Protocols;

/// <summary>Loading enforces the design: arms, periods, events, severity bands and endpoints.</summary>
public class ProtocolLoaderDesignErrorTests
{
    [Fact]
    public void Overlapping_severity_bands_are_refused()
    {
        var yaml = With("{ code: severe, from: 8 }", "{ code: severe, from: 7 }");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "7 }"), (error.Line, error.Column));
        Assert.Equal("stratification.severity.bands[1].from", error.Path);
        Assert.StartsWith("band 'severe' starts at 7 but 'moderate' runs to 8: the bands overlap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gapped_severity_bands_are_refused()
    {
        var yaml = With("{ code: severe, from: 8 }", "{ code: severe, from: 9 }");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "9 }"), (error.Line, error.Column));
        Assert.Equal("stratification.severity.bands[1].from", error.Path);
        Assert.Equal("band 'severe' starts at 9 but 'moderate' ends at 8: scores from 8 to 9 fall in no band; start it at 8", error.Message);
    }

    [Fact]
    public void Last_band_ending_at_the_top_of_the_scale_would_lose_the_top_score()
    {
        var yaml = With("{ code: severe, from: 8 }", "{ code: severe, from: 8, to: 10 }");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "10 }"), (error.Line, error.Column));
        Assert.Equal("stratification.severity.bands[1].to", error.Path);
        Assert.Equal("'to' is exclusive, so 10 on 'overall' would fall in no band; leave out 'to' on the last band", error.Message);
    }

    [Fact]
    public void Band_outside_the_score_range_is_refused()
    {
        var yaml = With("{ code: moderate, from: 0, to: 8 }", "{ code: moderate, from: -2, to: 8 }");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "-2"), (error.Line, error.Column));
        Assert.Equal("band 'moderate' starts at -2, outside the range of 'overall' (0 to 10)", error.Message);
    }

    [Fact]
    public void Follow_up_must_start_when_treatment_ends()
    {
        var yaml = With("follow_up: { start_week: 8, end_week: 12 }", "follow_up: { start_week: 9, end_week: 12 }");

        var result = ProtocolLoader.Load(yaml, FileName);

        var error = result.Errors[0];
        Assert.Equal(Find(yaml, "9, end_week"), (error.Line, error.Column));
        Assert.Equal("schedule.follow_up.start_week", error.Path);
        Assert.Equal("follow-up starting at week 9 leaves a gap after the treatment period (weeks 0–8); it must start at week 8", error.Message);
    }

    [Fact]
    public void Event_outside_every_period_is_refused()
    {
        var yaml = With("day: 28", "day: 100");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "100", after: "day: "), (error.Line, error.Column));
        Assert.Equal("schedule.events[1].day", error.Path);
        Assert.Equal("day 100 lies outside every period (treatment weeks 0–8, follow-up weeks 8–12); each event must fall in a period", error.Message);
    }

    [Fact]
    public void Every_other_week_repeat_stops_at_the_last_week_reached()
    {
        var yaml = With("repeat: { every_weeks: 4, from_week: 0, to_week: 12 }", "repeat: { every_weeks: 2, from_week: 0, to_week: 11 }")
            .Replace("diary-w8", "diary-w10", StringComparison.Ordinal);

        var result = ProtocolLoader.Load(yaml, FileName);

        Assert.Empty(result.Errors);
        Assert.Equal(
            ["diary-w0", "diary-w2", "diary-w4", "diary-w6", "diary-w8", "diary-w10"],
            result.Protocol!.Schedule.Events.Where(e => e.DefinitionId == "diary").Select(e => e.Id));
    }

    [Fact]
    public void Only_one_endpoint_may_be_primary()
    {
        var yaml = With("role: secondary", "role: primary");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "primary", after: "30% responder"), (error.Line, error.Column));
        Assert.Equal("endpoints[1].role", error.Path);
        Assert.Equal("only one endpoint may be primary; endpoints[0] is already primary (use secondary)", error.Message);
    }

    [Fact]
    public void Randomised_arm_needs_an_allocation_ratio_and_single_arm_forbids_one()
    {
        var randomised = SingleError(With("    allocation_ratio: 1\n  - code: placebo", "  - code: placebo"));
        Assert.Equal("arms[0].allocation_ratio", randomised.Path);
        Assert.Equal("missing required key 'allocation_ratio'", randomised.Message);

        var singleArm = With("type: randomised\n    blinding: double", "type: single-arm-open-label");
        var errors = ProtocolLoader.Load(singleArm, FileName).Errors;
        Assert.Contains(errors, e => e.Path == "arms[0].allocation_ratio" && e.Message.StartsWith("allocation_ratio applies only to a randomised design", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "arms[1].kind" && e.Message == "a single-arm-open-label study has no placebo arm; allowed: active");
        Assert.Contains(errors, e => e.Path == "arms" && e.Message == "a single-arm-open-label study has exactly one arm; found 2");
    }

    [Fact]
    public void Responder_endpoint_needs_a_threshold()
    {
        var yaml = With("\n    reduction_percent: 30", string.Empty);

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "id: responder-30"), (error.Line, error.Column));
        Assert.Equal("endpoints[1]", error.Path);
        Assert.Equal("a responder endpoint needs reduction_percent (e.g. 30 or 50) and/or reduction_points (e.g. 2)", error.Message);
    }

    [Fact]
    public void Threshold_on_a_change_endpoint_is_refused()
    {
        var yaml = With("    to_event: diary-w8\n  - id: responder-30", "    to_event: diary-w8\n    reduction_points: 2\n  - id: responder-30");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "2\n  - id: responder-30"), (error.Line, error.Column));
        Assert.Equal("endpoints[0].reduction_points", error.Path);
        Assert.Equal("'reduction_points' applies only to kind: responder", error.Message);
    }

    [Fact]
    public void Endpoint_must_run_forward_in_time()
    {
        var yaml = With("    from_event: diary-w0\n    to_event: diary-w8\n  - id: responder-30", "    from_event: diary-w8\n    to_event: diary-w4\n  - id: responder-30");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "diary-w4\n  - id: responder-30"), (error.Line, error.Column));
        Assert.Equal("endpoints[0].to_event", error.Path);
        Assert.Equal("'diary-w4' (day 28) must come after from_event 'diary-w8' (day 56)", error.Message);
    }
}
