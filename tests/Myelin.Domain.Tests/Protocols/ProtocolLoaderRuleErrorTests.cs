using Myelin.Domain.Protocols;
using static Myelin.Domain.Tests.Protocols.MinimalProtocol;

namespace Myelin.Domain.Tests.Protocols;

/// <summary>Loading checks eligibility rules against the screening instrument.</summary>
public class ProtocolLoaderRuleErrorTests
{
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
}
