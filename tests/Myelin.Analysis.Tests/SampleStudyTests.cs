using Myelin.Analysis.Results;
using Myelin.Analysis.Tests.Builders;

namespace Myelin.Analysis.Tests;

/// <summary>The analysis of the two sample protocols with simulated participants, end to end.</summary>
public sealed class SampleStudyTests
{
    [Fact]
    public void The_preliminary_study_reads_fell_to_one_or_two_not_by_one_or_two()
    {
        var protocol = SampleStudies.Load("k2-7-preliminary.yaml");
        var data = SampleStudies.Simulate(protocol, 30, seed: 42);
        Assert.True(data.IsValid, string.Join("; ", data.Problems.Take(5)));

        var result = TrialAnalysis.Run(protocol, data);

        var primary = result.Endpoints.Single(e => e.Role == "primary");
        var all = primary.Group("all", "all");
        // Kulkarni et al.: baseline 6–9, week 8 at 1–2, so reductions of about 67–89%.
        Assert.InRange(all.Baseline.Mean, 6, 9);
        Assert.InRange(all.Followup.Mean, 0.5, 2.5);
        Assert.InRange(all.PercentChange.ChangeOfMeans.Value, -92, -65);
        Assert.StartsWith("fell from ", all.Wording, StringComparison.Ordinal);
        Assert.Equal(["all", "stratum", "etiology", "arm"], primary.Groups.Select(g => g.By).Distinct());
        Assert.Null(result.OffTreatment);
        Assert.Equal(protocol.Endpoints.Count, result.Endpoints.Count);
        Assert.NotNull(result.SymptomItems);
        string json = AnalysisJson.ToJson(result);
        Assert.Contains("\"schema\": \"myelin.analysis/1\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pilot_rct_compares_mk7_with_placebo_as_reference_and_has_off_treatment_follow_up()
    {
        var protocol = SampleStudies.Load("mk7-rct-pilot.yaml");
        var data = SampleStudies.Simulate(protocol, 40, seed: 7);
        Assert.True(data.IsValid, string.Join("; ", data.Problems.Take(5)));

        var result = TrialAnalysis.Run(protocol, data);

        var primary = result.Endpoints.Single(e => e.Role == "primary");
        var arm = Assert.Single(primary.Comparisons, c => c.By == "arm");
        Assert.Equal("placebo", arm.Reference);
        Assert.NotNull(arm.Ancova.Estimate);
        Assert.True(arm.Ancova.Estimate < 0, "MK-7 lowers the score more than placebo in the simulation");
        Assert.NotNull(result.OffTreatment);
        var mi = result.Sensitivity.Single(s => s.Id == "multiple-imputation").Imputation!;
        Assert.Contains(mi.Comparisons, c => c.By == "arm" && c.Ancova.Estimate is not null);
    }
}
