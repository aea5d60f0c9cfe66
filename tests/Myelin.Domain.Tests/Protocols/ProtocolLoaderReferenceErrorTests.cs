using Myelin.Domain.Protocols;
using static Myelin.Domain.Tests.Protocols.MinimalProtocol;

namespace Myelin.Domain.Tests.Protocols;

/// <summary>Loading reports duplicate ids and references to things the protocol does not define.</summary>
public class ProtocolLoaderReferenceErrorTests
{
    [Fact]
    public void Duplicate_id_points_at_the_second_and_names_the_first()
    {
        var yaml = With("  - code: placebo", "  - code: mk7");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "mk7\n    label: Placebo"), (error.Line, error.Column));
        Assert.Equal("arms[1].code", error.Path);
        Assert.Equal($"duplicate arm code 'mk7'; already defined at arms[0].code (line {Find(yaml, "code: mk7").Line})", error.Message);
    }

    [Fact]
    public void Reference_to_an_undefined_instrument_lists_the_defined_ones()
    {
        var yaml = With("instruments: [labs]", "instruments: [labz]");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "labz"), (error.Line, error.Column));
        Assert.Equal("schedule.events[1].instruments[0]", error.Path);
        Assert.Equal("'labz' is not a defined instrument; instruments: symptoms, labs, screening", error.Message);
    }

    [Fact]
    public void Reference_to_an_undefined_item_in_a_score_lists_the_items()
    {
        var yaml = With("mean_of: [tingling, numbness]", "mean_of: [tingling, numbnes]");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "numbnes]"), (error.Line, error.Column));
        Assert.Equal("instruments[0].scores[1].mean_of[1]", error.Path);
        Assert.Equal("'numbnes' is not an item of this instrument; items: tingling, numbness, global", error.Message);
    }

    [Fact]
    public void Reference_to_an_undefined_event_lists_the_scheduled_events()
    {
        var yaml = With("    to_event: diary-w8\n    reduction_percent: 30", "    to_event: diary-w10\n    reduction_percent: 30");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "diary-w10"), (error.Line, error.Column));
        Assert.Equal("endpoints[1].to_event", error.Path);
        Assert.Equal("'diary-w10' is not a scheduled event; events: diary-w0, diary-w4, visit-w4, diary-w8, diary-w12", error.Message);
    }

    [Fact]
    public void Endpoint_on_an_event_where_its_instrument_is_not_due_is_refused()
    {
        var yaml = With("    from_event: diary-w0\n    to_event: diary-w8\n    reduction_percent: 30", "    from_event: visit-w4\n    to_event: diary-w8\n    reduction_percent: 30");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "visit-w4", after: "responder-30"), (error.Line, error.Column));
        Assert.Equal("endpoints[1].from_event", error.Path);
        Assert.Equal("instrument 'symptoms' is not due at event 'visit-w4'; due there: labs", error.Message);
    }

    [Fact]
    public void Repeating_event_colliding_with_an_event_id_is_a_duplicate()
    {
        var yaml = With("- id: visit-w4", "- id: diary-w4");

        var error = SingleError(yaml);

        Assert.Equal("schedule.events[1].id", error.Path);
        Assert.Equal($"duplicate event id 'diary-w4'; repeating event 'diary' (schedule.events[0], line {Find(yaml, "id: diary").Line}) already has it at week 4", error.Message);
    }

    [Fact]
    public void Score_over_a_non_numeric_item_is_refused()
    {
        var yaml = With("        item: global", "        item: global\n      - id: wrong\n        item: notes");
        yaml = yaml.Replace("      - id: global\n        label: Overall\n        type: vas\n", "      - id: global\n        label: Overall\n        type: vas\n      - id: notes\n        label: Notes\n        type: text\n", StringComparison.Ordinal);

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "notes", after: "id: wrong"), (error.Line, error.Column));
        Assert.Equal("instruments[0].scores[1].item", error.Path);
        Assert.Equal("'notes' is a text item; scores use vas, integer or decimal items", error.Message);
    }

    [Fact]
    public void Etiology_strata_need_a_choice_item()
    {
        var yaml = With("    item: etiology", "    item: vka_use");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "vka_use", after: "etiology:\n"), (error.Line, error.Column));
        Assert.Equal("stratification.etiology.item", error.Path);
        Assert.Equal("'vka_use' is a yesno item; etiology strata need a choice item", error.Message);
    }
}
