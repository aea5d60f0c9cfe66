using Myelin.Domain.Protocols;
using static Myelin.Domain.Tests.Protocols.MinimalProtocol;

namespace Myelin.Domain.Tests.Protocols;

/// <summary>Loading reports malformed YAML and values of the wrong shape, type or range, each with line, column and path.</summary>
public class ProtocolLoaderSyntaxErrorTests
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
    public void Duplicate_key_in_a_mapping_is_reported_at_the_second_key()
    {
        var yaml = With("  title: Minimal study\n", "  title: Minimal study\n  title: Again\n");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "title: Again"), (error.Line, error.Column));
        Assert.Equal("duplicate key 'title'; a key may appear only once in a mapping", error.Message);
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
    public void Section_of_the_wrong_shape_says_what_it_must_be()
    {
        var yaml = With("  treatment: { start_week: 0, end_week: 8 }", "  treatment: 8");

        var error = SingleError(yaml);

        Assert.Equal(Find(yaml, "8\n  follow_up"), (error.Line, error.Column));
        Assert.Equal("schedule.treatment", error.Path);
        Assert.Equal("the treatment period must be a mapping of keys (start_week, end_week); found '8'", error.Message);
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
    public void Unreadable_file_is_an_error_not_an_exception()
    {
        var result = ProtocolLoader.LoadFile("/nonexistent/protocol.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Protocol);
        Assert.Equal(("/nonexistent/protocol.yaml", 0, 0), (error.File, error.Line, error.Column));
        Assert.StartsWith("cannot read the protocol file: ", error.Message, StringComparison.Ordinal);
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
    public void Quoted_number_is_text_not_a_number()
    {
        var yaml = With("target_enrolment: 20", "target_enrolment: \"20\"");

        var error = SingleError(yaml);

        Assert.Equal("'target_enrolment' must be a whole number from 1 to 1000000; found the quoted text '20'", error.Message);
    }
}
