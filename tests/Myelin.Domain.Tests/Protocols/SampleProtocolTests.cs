using Myelin.Domain.Protocols;

namespace Myelin.Domain.Tests.Protocols;

public class SampleProtocolTests
{
    [Theory]
    [InlineData("k2-7-preliminary.yaml")]
    [InlineData("mk7-rct-pilot.yaml")]
    public void Sample_loads_with_no_errors_and_a_content_hash(string fileName)
    {
        var result = ProtocolLoader.LoadFile(Samples.Path(fileName));

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Protocol);
        Assert.Matches("^[0-9a-f]{64}$", result.ContentHash);
    }

    [Fact]
    public void Preliminary_study_is_single_arm_mk7_100_mcg_twice_daily_for_8_weeks_in_30_participants()
    {
        var protocol = Samples.Preliminary;

        Assert.Equal("CTRI/2012/08/002930", protocol.Study.Registration);
        Assert.Equal(DesignKind.SingleArmOpenLabel, protocol.Study.Design.Kind);
        Assert.Equal(Blinding.None, protocol.Study.Design.Blinding);
        Assert.Equal(30, protocol.Study.TargetEnrolment);
        var arm = Assert.Single(protocol.Arms);
        Assert.Equal(new Dose(100, "mcg"), arm.Dose);
        Assert.Equal(2, arm.TimesPerDay);
        Assert.Equal(200, arm.DailyAmount);
        Assert.Equal(8, arm.DurationWeeks);
        Assert.Null(arm.AllocationRatio);
        Assert.Null(protocol.Schedule.FollowUp);
    }

    [Fact]
    public void Preliminary_weekly_diary_expands_to_weeks_0_to_8_and_labs_fall_at_weeks_0_4_8()
    {
        var protocol = Samples.Preliminary;

        var diaries = protocol.Schedule.Events.Where(e => e.DefinitionId == "diary").ToList();
        Assert.Equal(Enumerable.Range(0, 9).Select(w => $"diary-w{w}"), diaries.Select(e => e.Id));
        Assert.Equal(Enumerable.Range(0, 9).Select(w => w * 7), diaries.Select(e => e.Day));
        Assert.Equal("Weekly symptom diary (week 3)", protocol.FindEvent("diary-w3")!.Label);
        var labDays = protocol.Schedule.Events.Where(e => e.HasInstrument("labs")).Select(e => e.Day);
        Assert.Equal([0, 28, 56], labDays);
        Assert.All(protocol.Schedule.Events, e => Assert.Equal(PeriodKind.Treatment, e.Period));
    }

    [Fact]
    public void Preliminary_diary_rates_five_symptoms_and_an_overall_score_on_a_0_to_10_vas()
    {
        var symptoms = Samples.Preliminary.GetInstrument("symptoms");

        Assert.Equal(["tingling", "numbness", "weakness", "fatigue", "cramps", "global"], symptoms.Items.Select(i => i.Id));
        Assert.All(symptoms.Items, i => Assert.Equal((ItemType.Vas, 0d, 10d), (i.Type, i.Min!.Value, i.Max!.Value)));
        var overall = symptoms.FindScore("overall")!;
        Assert.Equal((ScoreKind.Item, "global"), (overall.Kind, overall.Items[0]));
    }

    [Fact]
    public void Preliminary_labs_carry_units_and_ranges()
    {
        var labs = Samples.Preliminary.GetInstrument("labs");

        Assert.Equal("pg/mL", labs.FindItem("b12")!.Unit);
        Assert.Equal("%", labs.FindItem("hba1c")!.Unit);
        Assert.Equal("mg/dL", labs.FindItem("fasting_glucose")!.Unit);
        Assert.Equal("U/L", labs.FindItem("alt")!.Unit);
        Assert.Equal("U/L", labs.FindItem("ast")!.Unit);
        Assert.Equal("mg/dL", labs.FindItem("creatinine")!.Unit);
        Assert.All(labs.Items, i => Assert.True(i.Min < i.Max));
    }

    [Fact]
    public void Preliminary_severity_cut_point_is_8_and_both_etiologies_count_as_b12()
    {
        var protocol = Samples.Preliminary;

        Assert.Equal("moderate", Stratifier.AssignSeverity(protocol, 7.9).Code);
        Assert.Equal("severe", Stratifier.AssignSeverity(protocol, 8).Code);
        Assert.Equal("b12", Stratifier.AssignEtiology(protocol, "both").Code);
        Assert.Equal("dm", Stratifier.AssignEtiology(protocol, "t2dm").Code);
        Assert.Equal("overall-change", protocol.PrimaryEndpoint.Id);
        Assert.Equal(("diary-w0", "diary-w8"), (protocol.PrimaryEndpoint.FromEvent, protocol.PrimaryEndpoint.ToEvent));
    }

    [Fact]
    public void Rct_pilot_is_double_blind_1_to_1_with_follow_up_to_week_12_stratified_by_etiology()
    {
        var protocol = Samples.RctPilot;

        Assert.Equal(new StudyDesign(DesignKind.Randomised, Blinding.DoubleBlind), protocol.Study.Design);
        Assert.Equal(20, protocol.Study.TargetEnrolment);
        Assert.Equal([(ArmKind.Active, 1), (ArmKind.Placebo, 1)], protocol.Arms.Select(a => (a.Kind, a.AllocationRatio!.Value)));
        Assert.Equal(new Period(PeriodKind.FollowUp, 8, 12), protocol.Schedule.FollowUp);
        Assert.Equal(PeriodKind.Treatment, protocol.FindEvent("diary-w8")!.Period);
        Assert.Equal(PeriodKind.FollowUp, protocol.FindEvent("diary-w9")!.Period);
        Assert.Equal(PeriodKind.FollowUp, protocol.FindEvent("visit-w12")!.Period);
        Assert.Equal(["dm", "b12d"], protocol.Stratification!.Etiology!.Strata.Select(s => s.Code));
        Assert.Equal([0, 28, 56], protocol.Schedule.Events.Where(e => e.HasInstrument("labs")).Select(e => e.Day));
        var followUp = protocol.Endpoints.Single(e => e.Id == "followup-change");
        Assert.Equal(("diary-w8", "diary-w12"), (followUp.FromEvent, followUp.ToEvent));
    }
}
