using Myelin.Domain.Protocols;

namespace Myelin.Analysis.Tests.Builders;

/// <summary>
/// Small protocols built in code, shaped like the K2-7 studies: a weekly-ish symptom diary (VAS 0–10, step 0.5) at
/// weeks 0, 4 and 8 of treatment and week 12 off treatment, a screening form with the etiology, severity strata on
/// the week-0 overall score (moderate 4–6.9, severe ≥ 7) and etiology strata (b12, dm).
/// </summary>
internal static class TestProtocols
{
    public static readonly string[] Symptoms = ["tingling", "numbness", "cramps"];

    /// <summary>The preliminary-study shape: one arm, open label.</summary>
    public static Protocol SingleArm(bool followUp = true) => Build(
        new StudyDesign(DesignKind.SingleArmOpenLabel, Blinding.None),
        [new Arm("mk7", "MK-7 100 mcg twice a day", "MK-7 capsule", new Dose(100, "mcg"), 2, 8, ArmKind.Active, null)],
        followUp);

    /// <summary>The pilot RCT shape: MK-7 against placebo.</summary>
    public static Protocol Randomised() => Build(
        new StudyDesign(DesignKind.Randomised, Blinding.DoubleBlind),
        [
            new Arm("mk7", "MK-7", "MK-7 capsule", new Dose(100, "mcg"), 2, 8, ArmKind.Active, 1),
            new Arm("placebo", "Placebo", "Placebo capsule", new Dose(1, "capsule"), 2, 8, ArmKind.Placebo, 1),
        ],
        followUp: true);

    private static Protocol Build(StudyDesign design, IReadOnlyList<Arm> arms, bool followUp)
    {
        var window = new EventWindow(3, 3);
        var events = new List<ScheduledEvent>
        {
            new("diary-w0", "Week 0", 0, new EventWindow(0, 0), ["symptoms"], PeriodKind.Treatment, "diary"),
            new("diary-w4", "Week 4", 28, window, ["symptoms"], PeriodKind.Treatment, "diary"),
            new("diary-w8", "Week 8", 56, window, ["symptoms", "labs"], PeriodKind.Treatment, "diary"),
        };
        if (followUp)
        {
            events.Add(new("diary-w12", "Week 12", 84, window, ["symptoms"], PeriodKind.FollowUp, "diary"));
        }

        var items = Symptoms.Select(Vas).Append(Vas("overall")).ToList();
        var symptoms = new Instrument("symptoms", "Symptom diary", items,
        [
            new InstrumentScore("overall", "Overall VAS", ScoreKind.Item, ["overall"], 1),
            new InstrumentScore("symptom-mean", "Mean symptom VAS", ScoreKind.Mean, Symptoms, 2),
        ]);
        var labs = new Instrument("labs", "Labs", [Number("b12", "pg/mL")], []);
        var screening = new Instrument("screening", "Screening",
        [
            new Item("etiology", "Etiology", ItemType.Choice, true, null, null, null, null, null, null,
                [new Choice("b12", "B12 deficiency"), new Choice("dm", "Diabetes"), new Choice("both", "Both")], null),
            Number("serum-b12", "pg/mL"),
        ], []);
        var endpoints = new List<Endpoint>
        {
            new("primary-overall-change", "Change in overall VAS to week 8", EndpointRole.Primary, EndpointKind.Change,
                "symptoms", "overall", null, "diary-w0", "diary-w8", null, null),
            new("symptom-mean-change", "Change in mean symptom VAS to week 8", EndpointRole.Secondary, EndpointKind.Change,
                "symptoms", "symptom-mean", null, "diary-w0", "diary-w8", null, null),
        };
        return new Protocol(
            Protocol.CurrentFormat,
            new Study("k2-test", "Test study", null, "1.0", design, 30, [new Site("mum", "Mumbai")]),
            arms,
            new Schedule(
                new Period(PeriodKind.Treatment, 0, 8),
                followUp ? new Period(PeriodKind.FollowUp, 8, 12) : null,
                [],
                events),
            [symptoms, labs, screening],
            new Screening("screening", []),
            new Stratification(
                new SeverityStratification("symptoms", "overall", "diary-w0",
                [
                    new SeverityBand("moderate", "Moderate", 4, 7),
                    new SeverityBand("severe", "Severe", 7, null),
                ]),
                new EtiologyStratification("etiology",
                [
                    new EtiologyStratum("b12", "B12 deficiency", ["b12", "both"]),
                    new EtiologyStratum("dm", "Diabetes", ["dm"]),
                ])),
            endpoints);
    }

    private static Item Vas(string id) =>
        new(id, id, ItemType.Vas, true, 0, 10, 0.5, null, "none", "worst", [], null);

    private static Item Number(string id, string unit) =>
        new(id, id, ItemType.DecimalNumber, false, 0, 5000, null, unit, null, null, [], null);
}
