using Myelin.Domain.Protocols;

namespace Myelin.Domain.Tests.Protocols;

public class StratifierTests
{
    [Theory]
    [InlineData(0, "moderate")]
    [InlineData(6, "moderate")]
    [InlineData(7.99, "moderate")]
    [InlineData(8, "severe")]
    [InlineData(9, "severe")]
    [InlineData(10, "severe")]
    public void Severity_band_from_is_inclusive_and_to_exclusive(double score, string expected)
    {
        Assert.Equal(expected, Stratifier.AssignSeverity(MinimalProtocol.Protocol, score).Code);
    }

    [Fact]
    public void Score_below_every_band_is_refused_with_the_bands()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Stratifier.AssignSeverity(MinimalProtocol.Protocol, -1));

        Assert.Contains("Baseline overall -1 falls in no severity band; bands: moderate [0, 8), severe [8, ∞).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("b12", "b12")]
    [InlineData("both", "b12")]
    [InlineData("t2dm", "dm")]
    public void Etiology_code_maps_to_its_stratum(string code, string expected)
    {
        Assert.Equal(expected, Stratifier.AssignEtiology(MinimalProtocol.Protocol, code).Code);
    }

    [Fact]
    public void Unknown_etiology_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Stratifier.AssignEtiology(MinimalProtocol.Protocol, "idiopathic"));

        Assert.Contains("Etiology 'idiopathic' belongs to no stratum; strata: b12 [b12, both], dm [t2dm].", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_combines_severity_and_etiology()
    {
        var stratum = Stratifier.Assign(MinimalProtocol.Protocol, 8.5, "both");

        Assert.Equal("severe/b12", stratum.Code);
    }

    [Fact]
    public void Etiology_strata_default_to_one_per_choice_code()
    {
        var yaml = MinimalProtocol.With(
            "    strata:\n      - { code: b12, values: [b12, both] }\n      - { code: dm, values: [t2dm] }\n",
            string.Empty);
        var protocol = ProtocolLoader.Load(yaml, "t.yaml").Protocol!;

        Assert.Equal(["b12", "t2dm", "both"], protocol.Stratification!.Etiology!.Strata.Select(s => s.Code));
        Assert.Equal("both", Stratifier.AssignEtiology(protocol, "both").Code);
    }

    [Fact]
    public void Rct_pilot_stratifies_by_etiology_and_requires_the_code()
    {
        var protocol = Samples.RctPilot;

        Assert.Equal("b12d", Stratifier.AssignEtiology(protocol, "b12").Code);
        Assert.Throws<ArgumentException>(() => Stratifier.Assign(protocol, 9, null));
    }
}
