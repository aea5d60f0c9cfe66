using Myelin.Domain.Protocols;

namespace Myelin.Domain.Tests.Protocols;

public class EligibilityTests
{
    private static Dictionary<string, string?> Candidate(string etiology = "b12", string vas = "7", string vka = "no") =>
        new() { ["etiology"] = etiology, ["baseline_vas"] = vas, ["vka_use"] = vka, ["age"] = "54" };

    [Fact]
    public void Candidate_meeting_every_criterion_is_eligible()
    {
        var result = Eligibility.Evaluate(MinimalProtocol.Protocol, Candidate());

        Assert.True(result.IsEligible);
        Assert.Equal(["etiology", "symptomatic", "no-vka"], result.Outcomes.Select(o => o.CriterionId));
        Assert.All(result.Outcomes, o => Assert.Equal((CriterionStatus.Met, null), (o.Status, o.Reason)));
        Assert.Empty(result.Failures);
    }

    [Fact]
    public void Baseline_below_4_fails_the_inclusion_rule_and_says_which_value()
    {
        var result = Eligibility.Evaluate(MinimalProtocol.Protocol, Candidate(vas: "3.9"));

        Assert.False(result.IsEligible);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(("symptomatic", CriterionStatus.NotMet), (failure.CriterionId, failure.Status));
        Assert.Equal("inclusion rule 'baseline_vas >= 4' is false (baseline_vas = 3.9)", failure.Reason);
    }

    [Fact]
    public void Baseline_of_exactly_4_is_eligible()
    {
        Assert.True(Eligibility.Evaluate(MinimalProtocol.Protocol, Candidate(vas: "4")).IsEligible);
    }

    [Fact]
    public void Vitamin_k_antagonist_user_is_excluded()
    {
        var failure = Assert.Single(Eligibility.Evaluate(MinimalProtocol.Protocol, Candidate(vka: "yes")).Failures);

        Assert.Equal(("no-vka", CriterionStatus.NotMet), (failure.CriterionId, failure.Status));
        Assert.Equal("exclusion rule 'vka_use == yes' is true (vka_use = yes)", failure.Reason);
    }

    [Fact]
    public void Every_failed_and_missing_criterion_is_reported()
    {
        var values = new Dictionary<string, string?> { ["etiology"] = "t2dm", ["baseline_vas"] = "2" };

        var result = Eligibility.Evaluate(MinimalProtocol.Protocol, values);

        Assert.False(result.IsEligible);
        Assert.Equal(
            [("symptomatic", CriterionStatus.NotMet), ("no-vka", CriterionStatus.Missing)],
            result.Failures.Select(f => (f.CriterionId, f.Status)));
        Assert.Equal("'vka_use == yes' cannot be decided: no value for vka_use", result.Failures[1].Reason);
    }

    [Fact]
    public void Invalid_screening_value_is_reported_with_the_item_rule()
    {
        var failure = Assert.Single(Eligibility.Evaluate(MinimalProtocol.Protocol, Candidate(etiology: "diabetes")).Failures);

        Assert.Equal(CriterionStatus.Invalid, failure.Status);
        Assert.Equal("'etiology in [b12, t2dm, both]' cannot be decided: 'diabetes' is not a code of 'etiology'; allowed: b12, t2dm, both", failure.Reason);
    }

    [Theory]
    [InlineData("b12", "250", "6.0", true)]
    [InlineData("t2dm", "250", "6.0", false)]
    [InlineData("t2dm", "250", "7.1", true)]
    [InlineData("t2dm", null, "7.1", true)]
    public void Rules_combine_with_and_or_and_parentheses(string etiology, string? b12, string hba1c, bool eligible)
    {
        var yaml = MinimalProtocol.With(
            "rule: vka_use == yes",
            "rule: vka_use == yes or not (etiology in [b12, both] or (etiology == t2dm and hba1c >= 6.5))")
            .Replace("      - id: notes\n", "      - id: hba1c\n        label: HbA1c\n        type: decimal\n        unit: \"%\"\n        min: 3\n        max: 20\n      - id: b12\n        label: B12\n        type: decimal\n        unit: pg/mL\n        min: 20\n        max: 5000\n        required: false\n      - id: notes\n", StringComparison.Ordinal);
        var result = ProtocolLoader.Load(yaml, "combined.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var values = new Dictionary<string, string?>
        {
            ["etiology"] = etiology, ["baseline_vas"] = "6", ["vka_use"] = "no", ["hba1c"] = hba1c, ["b12"] = b12,
        };

        Assert.Equal(eligible, Eligibility.Evaluate(result.Protocol!, values).IsEligible);
    }

    [Fact]
    public void Preliminary_sample_admits_a_typical_patient_and_refuses_a_warfarin_user()
    {
        var values = new Dictionary<string, string?>
        {
            ["consent"] = "yes", ["age"] = "52", ["sex"] = "female", ["etiology"] = "both", ["serum_b12"] = "180",
            ["hba1c"] = "7.4", ["baseline_vas"] = "7.5", ["vka_use"] = "no", ["pregnant"] = "no",
        };
        var protocol = Samples.Preliminary;

        Assert.True(Eligibility.Evaluate(protocol, values).IsEligible);
        values["vka_use"] = "yes";
        Assert.Equal(["no-vka"], Eligibility.Evaluate(protocol, values).Failures.Select(f => f.CriterionId));
    }

    [Fact]
    public void Rct_pilot_needs_a_vas_over_4_and_refuses_mixed_etiology()
    {
        var values = new Dictionary<string, string?>
        {
            ["consent"] = "yes", ["age"] = "60", ["ambulatory"] = "yes", ["etiology"] = "t2dm", ["baseline_vas"] = "4",
            ["vka_use"] = "no", ["pregnant"] = "no",
        };
        var protocol = Samples.RctPilot;

        Assert.Equal(["symptomatic"], Eligibility.Evaluate(protocol, values).Failures.Select(f => f.CriterionId));
        values["baseline_vas"] = "4.1";
        Assert.True(Eligibility.Evaluate(protocol, values).IsEligible);
        values["etiology"] = "both";
        Assert.Equal(["etiology"], Eligibility.Evaluate(protocol, values).Failures.Select(f => f.CriterionId));
    }
}
