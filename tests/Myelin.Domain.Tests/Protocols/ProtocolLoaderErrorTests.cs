using Myelin.Domain.Protocols;
using static Myelin.Domain.Tests.Protocols.MinimalProtocol;

namespace Myelin.Domain.Tests.Protocols;

public class ProtocolLoaderErrorTests
{
    [Fact]
    public void Minimal_protocol_loads()
    {
        var protocol = MinimalProtocol.Protocol;

        Assert.Equal(["diary-w0", "diary-w4", "visit-w4", "diary-w8", "diary-w12"], protocol.Schedule.Events.Select(e => e.Id));
    }

    [Fact]
    public void Malformed_yaml_reports_the_parser_position()
    {
        var yaml = With("label: Tingling", "label: Tingling: sharp");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, ": sharp"), (error.Line, error.Column));
        Assert.Equal(string.Empty, error.Path);
        Assert.Equal("malformed YAML: While scanning a plain scalar value, found invalid mapping.", error.Message);
        Assert.Equal($"test.yaml:{error.Line}:{error.Column}: {error.Message}", error.ToString());
    }

    [Fact]
    public void Unknown_key_names_the_allowed_keys()
    {
        var yaml = With("step: 0.5", "stepp: 0.5");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "stepp"), (error.Line, error.Column));
        Assert.Equal("instruments[0].items[0].stepp", error.Path);
        Assert.Equal("unknown key 'stepp' in an item; allowed keys: id, label, type, required, min, max, step, unit, anchors, choices, max_length", error.Message);
    }

    [Fact]
    public void Wrong_type_says_what_was_found_and_what_is_allowed()
    {
        var yaml = With("target_enrolment: 20", "target_enrolment: twenty");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "twenty"), (error.Line, error.Column));
        Assert.Equal("study.target_enrolment", error.Path);
        Assert.Equal("'target_enrolment' must be a whole number from 1 to 1000000; found 'twenty'", error.Message);
    }

    [Fact]
    public void Missing_required_key_points_at_the_mapping_that_lacks_it()
    {
        var yaml = With("  title: Minimal study\n", string.Empty);

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "id: mini"), (error.Line, error.Column));
        Assert.Equal("study.title", error.Path);
        Assert.Equal("missing required key 'title'", error.Message);
    }

    [Fact]
    public void Out_of_range_value_names_the_allowed_range()
    {
        var yaml = With("window: { before: 3, after: 3 }", "window: { before: 3, after: -1 }");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "-1"), (error.Line, error.Column));
        Assert.Equal("schedule.events[1].window.after", error.Path);
        Assert.Equal("'after' is -1; allowed: a whole number from 0 to 365", error.Message);
    }

    [Fact]
    public void Value_not_in_the_allowed_set_lists_the_allowed_values()
    {
        var yaml = With("kind: placebo", "kind: dummy");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "dummy"), (error.Line, error.Column));
        Assert.Equal("arms[1].kind", error.Path);
        Assert.Equal("'dummy' is not allowed for 'kind'; allowed: active, placebo", error.Message);
    }

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
    public void Rule_syntax_error_points_at_the_offending_character()
    {
        var yaml = With("rule: baseline_vas >= 4", "rule: baseline_vas >= >");

        var error = SingleError(yaml);

        var (line, column) = Find(yaml, ">= >");
        Assert.Equal((line, column + 3), (error.Line, error.Column));
        Assert.Equal("screening.criteria[1].rule", error.Path);
        Assert.StartsWith("in rule 'baseline_vas >= >': expected a value (number, code or quoted text), found '>'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_with_an_unknown_choice_code_lists_the_codes()
    {
        var yaml = With("etiology in [b12, t2dm, both]", "etiology in [b12, t2dm, diabetes]");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "diabetes]"), (error.Line, error.Column));
        Assert.Equal("screening.criteria[0].rule", error.Path);
        Assert.Equal("in rule 'etiology in [b12, t2dm, diabetes]': 'diabetes' is not a code of 'etiology'; codes: b12, t2dm, both", error.Message);
    }

    [Fact]
    public void Rule_over_an_unknown_item_lists_the_screening_items()
    {
        var yaml = With("rule: vka_use == yes", "rule: vka == yes");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "vka == yes"), (error.Line, error.Column));
        Assert.Equal("screening.criteria[2].rule", error.Path);
        Assert.Equal("in rule 'vka == yes': 'vka' is not an item of the screening instrument 'screening'; items: etiology, baseline_vas, vka_use, age, notes", error.Message);
    }

    [Fact]
    public void Rule_comparing_a_number_with_a_word_is_refused()
    {
        var yaml = With("rule: baseline_vas >= 4", "rule: baseline_vas >= high");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "high"), (error.Line, error.Column));
        Assert.Equal("in rule 'baseline_vas >= high': 'baseline_vas' is a vas item; compare it with a number, not 'high'", error.Message);
    }

    [Fact]
    public void Rule_ordering_a_choice_item_is_refused()
    {
        var yaml = With("rule: vka_use == yes", "rule: vka_use > yes");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "vka_use > yes"), (error.Line, error.Column));
        Assert.Contains("<, <=, > and >= apply only to vas, integer and decimal items", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_that_does_not_apply_to_the_item_type_is_refused()
    {
        var yaml = With("        unit: pg/mL\n", "        unit: pg/mL\n        step: 1\n");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "1\n", after: "pg/mL\n        step: "), (error.Line, error.Column));
        Assert.Equal("instruments[1].items[0].step", error.Path);
        Assert.Equal("'step' does not apply to a decimal item; allowed here: id, label, type, required, min, max, unit", error.Message);
    }

    [Fact]
    public void Vas_step_must_divide_the_scale()
    {
        var yaml = With("step: 0.5", "step: 0.3");

        var error = SingleError(yaml);

        Assert.Equal("instruments[0].items[0].step", error.Path);
        Assert.Equal("a VAS step must divide the 0–10 scale evenly (e.g. 0.1, 0.5, 1); found 0.3", error.Message);
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
    public void Repeating_event_colliding_with_an_event_id_is_a_duplicate()
    {
        var yaml = With("- id: visit-w4", "- id: diary-w4");

        var error = SingleError(yaml);

        Assert.Equal("schedule.events[1].id", error.Path);
        Assert.Equal($"duplicate event id 'diary-w4'; repeating event 'diary' (schedule.events[0], line {Find(yaml, "id: diary").Line}) already has it at week 4", error.Message);
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
    public void Every_error_is_reported_in_one_pass_in_file_order()
    {
        var yaml = MinimalProtocol.Yaml
            .Replace("target_enrolment: 20", "target_enrolment: 0", StringComparison.Ordinal)
            .Replace("step: 0.5", "stepp: 0.5", StringComparison.Ordinal)
            .Replace("instruments: [labs]", "instruments: [labz]", StringComparison.Ordinal)
            .Replace("{ code: severe, from: 8 }", "{ code: severe, from: 9 }", StringComparison.Ordinal)
            .Replace("rule: vka_use == yes", "rule: vka_use == maybe", StringComparison.Ordinal);

        var result = ProtocolLoader.Load(yaml, FileName);

        Assert.Null(result.Protocol);
        Assert.Equal(
            ["study.target_enrolment", "schedule.events[1].instruments[0]", "instruments[0].items[0].stepp", "screening.criteria[2].rule", "stratification.severity.bands[1].from"],
            result.Errors.Select(e => e.Path));
        Assert.Equal(result.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column), result.Errors);
        Assert.All(result.Errors, e => Assert.Equal(FileName, e.File));
    }

    [Fact]
    public void Empty_file_is_an_error()
    {
        var error = SingleError("# nothing here\n");

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.StartsWith("the file is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_hash_ignores_line_endings_but_not_content()
    {
        var lf = ProtocolLoader.Load(MinimalProtocol.Yaml, FileName).ContentHash;
        var crlf = ProtocolLoader.Load(MinimalProtocol.Yaml.Replace("\n", "\r\n", StringComparison.Ordinal), FileName).ContentHash;
        var changed = ProtocolLoader.Load(With("title: Minimal study", "title: Minimal study 2"), FileName).ContentHash;

        Assert.Equal(lf, crlf);
        Assert.NotEqual(lf, changed);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(MinimalProtocol.Yaml))), lf);
    }

    [Fact]
    public void Duplicate_key_in_a_mapping_is_reported_at_the_second_key()
    {
        var yaml = With("  title: Minimal study\n", "  title: Minimal study\n  title: Again\n");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "title: Again"), (error.Line, error.Column));
        Assert.Equal("duplicate key 'title'; a key may appear only once in a mapping", error.Message);
    }

    [Fact]
    public void Section_of_the_wrong_shape_says_what_it_must_be()
    {
        var yaml = With("  treatment: { start_week: 0, end_week: 8 }", "  treatment: 8");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "8\n  follow_up"), (error.Line, error.Column));
        Assert.Equal("schedule.treatment", error.Path);
        Assert.Equal("the treatment period must be a mapping of keys (start_week, end_week); found '8'", error.Message);
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
    public void Unreadable_file_is_an_error_not_an_exception()
    {
        var result = ProtocolLoader.LoadFile("/nonexistent/protocol.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Protocol);
        Assert.Equal(("/nonexistent/protocol.yaml", 0, 0), (error.File, error.Line, error.Column));
        Assert.StartsWith("cannot read the protocol file: ", error.Message, StringComparison.Ordinal);
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
}
