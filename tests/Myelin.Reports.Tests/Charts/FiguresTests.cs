using Myelin.Reports.Charts;
using Myelin.Reports.Tests.Builders;

namespace Myelin.Reports.Tests.Charts;

public sealed class FiguresTests
{
    [Fact]
    public void Figure_builders_give_svg_strings_the_dashboard_can_serve()
    {
        var inputs = SampleStudies.Inputs(SampleStudies.RctPilot, participants: 20);

        string svg = Figures.MeanByWeek(inputs.Analysis, inputs.Data.Protocol).ToSvg();

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("DejaVu Sans", svg, StringComparison.Ordinal);
        Assert.Matches(">\\s*Week\\s*<", svg);
        Assert.Contains("Identical placebo twice daily", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Flow_diagram_counts_enrolment_withdrawals_and_screening()
    {
        var inputs = SampleStudies.Inputs(SampleStudies.Preliminary);
        int withdrawn = inputs.Flow!.WithdrawalReasons.Count;

        string svg = Figures.Flow(inputs.Data, inputs.Flow).ToSvg();

        Assert.Contains("Assessed for eligibility (n = 39)", svg, StringComparison.Ordinal);
        Assert.Contains("Excluded (n = 9)", svg, StringComparison.Ordinal);
        Assert.Contains("(n = 30)", svg, StringComparison.Ordinal);
        Assert.Contains($"Withdrew (n = {withdrawn})", svg, StringComparison.Ordinal);
        Assert.Contains($"Completed (n = {30 - withdrawn})", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_grouping_is_refused_with_its_name()
    {
        var inputs = SampleStudies.Inputs(SampleStudies.Preliminary);

        var error = Assert.Throws<ArgumentException>(() => Figures.Waterfall(inputs.Data, "site"));

        Assert.Contains("'site' is not a grouping", error.Message, StringComparison.Ordinal);
    }
}
