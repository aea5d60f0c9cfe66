using System.Globalization;
using System.Text;
using Myelin.Domain.Protocols;
using Myelin.Domain.Simulation;
using Myelin.Domain.Tests.Protocols;

namespace Myelin.Domain.Tests.Simulation;

public class StudySimulatorTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    private static IReadOnlyList<SimulatedParticipant> Simulate(Protocol protocol, int n, int seed) =>
        StudySimulator.Simulate(protocol, new SimulationOptions(n, seed, Start));

    /// <summary>Every field of every participant, so that two runs can be compared exactly.</summary>
    private static string Canonical(IEnumerable<SimulatedParticipant> participants)
    {
        var text = new StringBuilder();
        foreach (var p in participants)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{p.Code}|{p.Site}|{p.Arm}|{p.Etiology}|{p.Stratum}|{p.EnrolledOn}|{p.WithdrawalReason}|{p.WithdrawnAfterEvent}|{p.DosesTaken}/{p.DosesExpected}");
            foreach (var (k, v) in p.ScreeningValues) text.AppendLine(CultureInfo.InvariantCulture, $" s {k}={v}");
            foreach (var a in p.Assessments)
                text.AppendLine(CultureInfo.InvariantCulture, $" a {a.Event} {a.Instrument} {a.RecordedAt:O} {string.Join(',', a.Values.Select(v => v.Key + "=" + v.Value))}");
        }
        return text.ToString();
    }

    private static double? Global(SimulatedParticipant p, string evt, string item = "global") =>
        p.Assessments.FirstOrDefault(a => a.Event == evt && a.Instrument == "symptoms")?.Values
            .Where(v => v.Key == item).Select(v => double.Parse(v.Value, CultureInfo.InvariantCulture)).Cast<double?>().FirstOrDefault();

    [Fact]
    public void The_same_seed_gives_the_same_data_and_another_seed_other_data()
    {
        var protocol = Samples.Preliminary;
        var first = Canonical(Simulate(protocol, 30, 7));
        Assert.Equal(first, Canonical(Simulate(protocol, 30, 7)));
        Assert.NotEqual(first, Canonical(Simulate(protocol, 30, 8)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2012)]
    [InlineData(424242)]
    public void The_preliminary_study_reproduces_the_published_figures(int seed)
    {
        var participants = Simulate(Samples.Preliminary, 30, seed);

        Assert.Equal(30, participants.Count);
        // Kulkarni et al.: 23 of 30 in the B12-deficiency group (B12 alone or with diabetes).
        Assert.Equal(23, participants.Count(p => p.Etiology is "b12" or "both"));
        var moderate = participants.Where(p => p.Stratum == "moderate").ToList();
        var severe = participants.Where(p => p.Stratum == "severe").ToList();
        Assert.NotEmpty(moderate);
        Assert.NotEmpty(severe);
        // Baseline 6–8 in the moderate group and 8–9 in the severe group.
        Assert.All(moderate, p => Assert.InRange(Global(p, "diary-w0")!.Value, 6.0, 8.0));
        Assert.All(severe, p => Assert.InRange(Global(p, "diary-w0")!.Value, 8.0, 9.0));
        // Down to 1–2 by week 8, in both groups, for everyone who rated week 8.
        var week8 = participants.Select(p => Global(p, "diary-w8")).Where(v => v is not null).Select(v => v!.Value).ToList();
        Assert.True(week8.Count >= 20, $"only {week8.Count} week-8 ratings");
        Assert.All(week8, v => Assert.InRange(v, 1.0, 2.0));
        // "Reduced to 1–2", not "by 1–2": the mean fall is several points.
        var falls = participants.Where(p => Global(p, "diary-w8") is not null).Select(p => Global(p, "diary-w0")!.Value - Global(p, "diary-w8")!.Value);
        Assert.InRange(falls.Average(), 4.0, 8.0);
    }

    [Fact]
    public void Every_simulated_participant_is_eligible_and_every_value_fits_the_protocol()
    {
        var protocol = Samples.Preliminary;
        foreach (var p in Simulate(protocol, 60, 3))
        {
            Assert.True(Eligibility.Evaluate(protocol, p.ScreeningValues.ToDictionary(v => v.Key, v => (string?)v.Value)).IsEligible, p.Code);
            foreach (var a in p.Assessments)
            {
                var instrument = protocol.GetInstrument(a.Instrument);
                Assert.True(protocol.FindEvent(a.Event)!.HasInstrument(a.Instrument));
                foreach (var (item, value) in a.Values)
                    Assert.True(instrument.FindItem(item)!.Validate(value).IsValid, $"{p.Code} {a.Event} {item}={value}");
                Assert.Equal(TimeSpan.Zero, a.RecordedAt.Offset);
            }
        }
    }

    [Fact]
    public void A_larger_study_has_missed_diaries_dropouts_and_poor_adherence_and_nothing_after_a_withdrawal()
    {
        var protocol = Samples.Preliminary;
        var participants = Simulate(protocol, 400, 11);
        var withdrawn = participants.Where(p => p.WithdrawalReason is not null).ToList();
        Assert.InRange(withdrawn.Count, 10, 60);
        var order = protocol.Schedule.Events.Select(e => e.Id).ToList();
        foreach (var p in withdrawn)
            Assert.All(p.Assessments, a => Assert.True(order.IndexOf(a.Event) <= order.IndexOf(p.WithdrawnAfterEvent!)));
        var completers = participants.Where(p => p.WithdrawalReason is null).ToList();
        var diaries = order.Count(e => e.StartsWith("diary", StringComparison.Ordinal));
        Assert.Contains(completers, p => p.Assessments.Count(a => a.Instrument == "symptoms") < diaries);
        Assert.Contains(participants, p => p.DosesTaken < 0.8 * p.DosesExpected);
        Assert.All(participants, p => Assert.InRange(p.DosesTaken, 0, p.DosesExpected));
    }

    [Fact]
    public void The_randomised_pilot_is_allocated_in_balanced_blocks_within_each_etiology_stratum()
    {
        var protocol = Samples.RctPilot;
        var participants = Simulate(protocol, 40, 5);
        Assert.All(participants, p => Assert.NotNull(protocol.FindArm(p.Arm!)));
        foreach (var stratum in participants.GroupBy(p => Stratifier.AssignEtiology(protocol, p.Etiology!).Code))
        {
            var counts = stratum.GroupBy(p => p.Arm).Select(g => g.Count()).ToList();
            Assert.Equal(protocol.Arms.Count, counts.Count);
            Assert.True(counts.Max() - counts.Min() <= 2, $"stratum {stratum.Key}: {string.Join('/', counts)}");
        }
        // The 2021 pilot: placebo stayed near its baseline while MK-7 fell to 1-2 by the end of treatment.
        var placebo = protocol.Arms.First(a => a.Kind == ArmKind.Placebo).Code;
        foreach (var p in participants.Where(p => Global(p, "diary-w8", "pain") is not null))
        {
            var fall = Global(p, "diary-w0", "pain")!.Value - Global(p, "diary-w8", "pain")!.Value;
            if (p.Arm == placebo) Assert.InRange(fall, 0.0, 1.0);
            else Assert.InRange(Global(p, "diary-w8", "pain")!.Value, 1.0, 2.0);
        }
    }

    [Fact]
    public void Out_of_range_participant_counts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Simulate(Samples.Preliminary, 0, 1));
    }
}
