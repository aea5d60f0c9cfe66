using Myelin.Analysis.Data;
using Myelin.Analysis.Results;
using Myelin.Analysis.Tests.Builders;

namespace Myelin.Analysis.Tests;

public sealed class TrialAnalysisTests
{
    private static RowsBuilder FiveParticipants() => new RowsBuilder()
        .Participant("P001", "b12", null, 8, 5, 2, 1.5)
        .Participant("P002", "dm", null, 6, 4, 1, 1)
        .Participant("P003", "b12", null, 9, 6, 2, 2)
        .Participant("P004", "both", null, 7, 5, double.NaN, double.NaN)
        .Participant("P005", "dm", null, 6.5, double.NaN, 1.5, 1);

    [Fact]
    public void The_primary_endpoint_gives_change_percent_and_responders_in_words()
    {
        var result = Analyses.Run(FiveParticipants());

        var primary = result.Endpoints[0];
        Assert.Equal(("primary-overall-change", "primary"), (primary.Id, primary.Role));
        var all = primary.Group("all", "all");
        Assert.Equal((4, 1), (all.N, all.NMissing));
        Assert.Equal(7.375, all.Baseline.Mean);
        Assert.Equal(1.625, all.Followup.Mean);
        Assert.Equal(-5.75, all.Change.Mean);
        Assert.Equal(100 * (1.625 - 7.375) / 7.375, all.PercentChange.ChangeOfMeans.Value, 12);
        Assert.Equal((4, 4, 4), (all.Responders.Ge30.N, all.Responders.Ge50.N, all.Responders.Ge2points.N));
        Assert.Equal("fell from 7.4 to 1.6 (\u22125.8 points, \u221278%)", all.Wording);
        Assert.Null(all.PairedT.Error);
        Assert.Equal(-5.75, all.PairedT.Estimate!.Value, 12);
    }

    [Fact]
    public void Groups_follow_the_protocol_strata_and_etiologies()
    {
        var result = Analyses.Run(FiveParticipants());

        var primary = result.Endpoints[0];
        Assert.Equal(
            ["all/all", "stratum/moderate", "stratum/severe", "etiology/b12", "etiology/dm", "arm/mk7"],
            primary.Groups.Select(g => $"{g.By}/{g.Level}"));
        Assert.Equal(2, primary.Group("etiology", "b12").N); // P004 (both → b12) has no week 8
        var comparison = Assert.Single(primary.Comparisons, c => c.By == "stratum");
        Assert.Equal(("severe", "moderate", 2, 2), (comparison.Level, comparison.Reference, comparison.NLevel, comparison.NReference));
        Assert.Null(comparison.WelchT.Error);
        Assert.Equal(4, comparison.Ancova.N);
    }

    [Fact]
    public void Invalid_data_stop_the_analysis_unless_asked_to_skip_and_then_are_listed()
    {
        var rows = FiveParticipants().Add("P006", null, "diary-w4", "symptoms", "overall", "4");
        var protocol = TestProtocols.SingleArm();
        var data = AnalysisDataset.FromRows(protocol, rows.Rows);

        var error = Assert.Throws<InvalidAnalysisDataException>(() => TrialAnalysis.Run(protocol, data));
        Assert.Single(error.Problems);

        var result = TrialAnalysis.Run(protocol, data, new AnalysisOptions { SkipInvalid = true, Imputations = 0 });
        var excluded = Assert.Single(result.Excluded);
        Assert.Equal(("P006", "participant"), (excluded.Participant, excluded.Column));
        Assert.Equal(5, result.Populations[0].N);
        Assert.True(result.Settings.SkipInvalid);
    }

    [Fact]
    public void Per_protocol_needs_eighty_percent_of_doses_and_the_primary_visit_in_its_window()
    {
        var rows = new RowsBuilder()
            .Participant("P001", "b12", null, 8, 5, 2)
            .Participant("P002", "dm", null, 6, 4)
            .Participant("P003", "b12", null, 9, 6)
            .Add("P003", null, "diary-w8", "symptoms", "overall", "3", dayShift: 5)
            .Participant("P004", "dm", null, 7, 5, 2, 1);
        var start = new DateOnly(2026, 1, 5);
        var facts = new[]
        {
            new ParticipantFacts("P001", "mum", "mk7", null, null, ParticipantDisposition.Completed, start, 100, 112),
            new ParticipantFacts("P002", "mum", "mk7", null, null, ParticipantDisposition.Withdrawn, start, 20, 112),
            new ParticipantFacts("P003", "mum", "mk7", null, null, ParticipantDisposition.Completed, start, null, null),
            new ParticipantFacts("P004", "mum", "mk7", null, null, ParticipantDisposition.Completed, start, 112, 112),
        };

        var result = Analyses.Run(rows, facts: facts);

        var perProtocol = result.Populations.Single(p => p.Id == "per-protocol");
        Assert.Equal(2, perProtocol.N);
        Assert.Equal(
            [("P002", "took 17.9% of the expected doses (less than 80%)"), ("P003", "primary visit 'diary-w8' on day 61, outside its window (days 53–59)")],
            perProtocol.Excluded.Select(e => (e.Participant, e.Reason)));
        var completers = result.Populations.Single(p => p.Id == "completers");
        Assert.Equal((3, "P002", "withdrew"), (completers.N, completers.Excluded[0].Participant, completers.Excluded[0].Reason));
        Assert.Equal(2, result.Sensitivity.Single(s => s.Id == "per-protocol").Endpoint!.Groups[0].N);
    }

    [Fact]
    public void Locf_carries_the_last_earlier_value_forward()
    {
        var result = Analyses.Run(FiveParticipants());

        var locf = result.Sensitivity.Single(s => s.Id == "locf").Endpoint!;
        var all = locf.Group("all", "all");
        Assert.Equal(5, all.N);
        // P004 carries week 4 (5) forward to week 8: follow-ups 2, 1, 2, 5, 1.5.
        Assert.Equal((2 + 1 + 2 + 5 + 1.5) / 5, all.Followup.Mean, 12);
    }

    [Fact]
    public void Multiple_imputation_is_reproducible_from_its_seed_and_fills_every_missing_value()
    {
        var first = Analyses.Run(FiveParticipants(), options: new AnalysisOptions { Imputations = 10, Seed = 7 });
        var again = Analyses.Run(FiveParticipants(), options: new AnalysisOptions { Imputations = 10, Seed = 7 });
        var other = Analyses.Run(FiveParticipants(), options: new AnalysisOptions { Imputations = 10, Seed = 8 });

        ImputedGroup All(AnalysisResult r) => r.Sensitivity.Single(s => s.Id == "multiple-imputation").Imputation!.Groups[0];
        Assert.Equal((5, 1), (All(first).N, All(first).NImputed));
        Assert.Equal(All(first).Change.Estimate, All(again).Change.Estimate);
        Assert.NotEqual(All(first).Change.Estimate, All(other).Change.Estimate);
        Assert.True(All(first).Change.BetweenVariance > 0);
    }

    [Fact]
    public void Without_missing_values_imputation_reproduces_the_observed_cases()
    {
        var rows = new RowsBuilder()
            .Participant("P001", "b12", null, 8, 5, 2)
            .Participant("P002", "dm", null, 6, 4, 1)
            .Participant("P003", "b12", null, 9, 6, 2.5);

        var result = Analyses.Run(rows);

        var pooled = result.Sensitivity.Single(s => s.Id == "multiple-imputation").Imputation!.Groups[0].Change;
        var observed = result.Endpoints[0].Groups[0];
        Assert.Equal(observed.Change.Mean, pooled.Estimate!.Value, 12);
        Assert.Equal(0, pooled.BetweenVariance);
        Assert.Equal(observed.PairedT.ConfInt![0], pooled.ConfInt![0], 10);
    }

    [Fact]
    public void Off_treatment_change_runs_from_the_end_of_treatment_to_the_end_of_follow_up()
    {
        var result = Analyses.Run(FiveParticipants());

        var off = result.OffTreatment!;
        Assert.Equal(("diary-w8", "diary-w12"), (off.FromEvent, off.ToEvent));
        Assert.Equal(4, off.Groups[0].N);
        Assert.Equal(-0.25, off.Groups[0].Change.Mean, 12);

        var protocol = TestProtocols.SingleArm(followUp: false);
        var rows = new RowsBuilder().Participant("P001", "b12", null, 8, 5, 2).Participant("P002", "dm", null, 6, 4, 1);
        Assert.Null(TrialAnalysis.Run(protocol, AnalysisDataset.FromRows(protocol, rows.Rows), new AnalysisOptions { Imputations = 0 }).OffTreatment);
    }

    [Fact]
    public void The_time_course_has_every_event_where_the_instrument_is_due()
    {
        var result = Analyses.Run(FiveParticipants());

        var overall = result.TimeCourse[0];
        Assert.Equal("overall", overall.Variable);
        var points = overall.Series[0].Points;
        Assert.Equal(["diary-w0", "diary-w4", "diary-w8", "diary-w12"], points.Select(p => p.Event));
        Assert.Equal((5, 4, 4, 4), (points[0].N, points[1].N, points[2].N, points[3].N));
        Assert.Equal(8.0, points[2].Week);
    }

    [Fact]
    public void Symptom_items_are_secondary_endpoints_with_holm_adjusted_p_values()
    {
        var rows = FiveParticipants();
        double[][] tingling = [[7, 4, 2], [6, 5, 3], [8, 4, 1.5], [5, 4, 2.5], [7.5, 6, 3]];
        for (int p = 0; p < tingling.Length; p++)
        {
            string[] events = ["diary-w0", "diary-w4", "diary-w8"];
            for (int e = 0; e < 3; e++)
            {
                rows.Add($"P00{p + 1}", null, events[e], "symptoms", "tingling", tingling[p][e].ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var result = Analyses.Run(rows);

        var items = result.SymptomItems!;
        Assert.Equal("holm", items.Adjustment);
        Assert.Equal(["tingling", "numbness", "cramps"], items.Items.Select(i => i.Item));
        var t = items.Items[0];
        Assert.Equal(5, t.Endpoint.Groups[0].N);
        Assert.True(t.PairedTPHolm >= t.PairedTP);
        Assert.Null(items.Items[1].PairedTP); // no numbness values at all
    }
}
