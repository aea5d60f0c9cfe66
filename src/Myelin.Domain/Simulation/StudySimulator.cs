using System.Globalization;
using Myelin.Domain.Protocols;

namespace Myelin.Domain.Simulation;

/// <summary>
/// Simulates a study's participants from its protocol: screening values, severity and etiology, arm, a trajectory of
/// ratings with week-to-week noise, labs, adherence, missed diaries and dropouts. Deterministic for a seed.
/// </summary>
public static class StudySimulator
{
    private static readonly string[] WithdrawalReasons =
        ["lost to follow-up", "withdrew consent", "moved away from the study site", "started another neuropathy treatment"];

    /// <summary>Simulates <see cref="SimulationOptions.Participants"/> participants of <paramref name="protocol"/>.</summary>
    public static IReadOnlyList<SimulatedParticipant> Simulate(Protocol protocol, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Participants is < 1 or > 1_000_000)
            throw new ArgumentOutOfRangeException(nameof(options), options.Participants, "participants must be from 1 to 1,000,000");
        var scenario = options.Scenario ?? SimulationScenario.PublishedK27;
        var random = new SimulationRandom(options.Seed);
        var plan = RatingPlan.For(protocol);
        var n = options.Participants;

        var etiologies = AssignEtiologies(protocol, scenario, n, random);
        var severe = Enumerable.Range(0, n).Select(i => i < (int)Math.Round(n * scenario.SevereShare)).ToList();
        random.Shuffle(severe);
        var arms = new ArmAllocator(protocol, random);
        var width = Math.Max(3, n.ToString(CultureInfo.InvariantCulture).Length);

        var participants = new List<SimulatedParticipant>(n);
        for (var i = 0; i < n; i++)
        {
            var code = "P" + (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            var site = protocol.Study.Sites[i % protocol.Study.Sites.Count].Id;
            var enrolled = options.FirstEnrolment.AddDays(i / Math.Max(1, scenario.EnrolmentsPerWeek) * 7 + i % 5);
            var etiology = etiologies[i];
            var baseline = plan.RoundToScale(random.Uniform(
                severe[i] ? scenario.SevereBaseline.Low : scenario.ModerateBaseline.Low,
                severe[i] ? scenario.SevereBaseline.High : scenario.ModerateBaseline.High));
            var stratum = protocol.Stratification?.Severity is null ? null : Stratifier.AssignSeverity(protocol, baseline).Code;
            var arm = arms.Next(EtiologyStratum(protocol, etiology));
            var active = arm is null || protocol.FindArm(arm)?.Kind != ArmKind.Placebo;
            var endOfTreatment = active
                ? plan.RoundToScale(random.Uniform(scenario.ActiveEndOfTreatment.Low, scenario.ActiveEndOfTreatment.High))
                : plan.RoundToScale(baseline - random.Uniform(scenario.PlaceboFall.Low, scenario.PlaceboFall.High));
            var person = new Person(code, enrolled, etiology, baseline, endOfTreatment, active);
            participants.Add(SimulateOne(protocol, scenario, plan, random, person, site, arm, stratum));
        }
        return participants;
    }

    private static SimulatedParticipant SimulateOne(
        Protocol protocol, SimulationScenario scenario, RatingPlan plan, SimulationRandom random,
        Person person, string site, string? arm, string? stratum)
    {
        var screening = ScreeningValues(protocol, random, person);
        var events = protocol.Schedule.Events.Where(e => e.Day >= plan.BaselineDay).ToList();
        var lastAttended = events.Count - 1;
        string? withdrawal = null;
        if (events.Count > 1 && random.Chance(scenario.DropoutProbability))
        {
            lastAttended = random.Integer(0, events.Count - 1);
            withdrawal = random.Pick(WithdrawalReasons);
        }

        var symptomProfile = plan.SymptomItems.ToDictionary(
            item => item.Id,
            item => (Offset: random.Normal(0, 0.6), Extra: IsLeadingSymptom(item.Id) ? -random.Uniform(0, 0.8) : random.Uniform(0, 0.8)));
        var assessments = new List<SimulatedAssessment>();
        for (var k = 0; k <= lastAttended; k++)
        {
            var evt = events[k];
            var isBaseline = evt.Id == plan.BaselineEvent;
            var isEndpoint = evt.Id == plan.PrimaryEvent;
            if (!isBaseline && random.Chance(scenario.MissedEventProbability)) continue;
            var day = evt.Day + random.Integer(-Math.Min(evt.Window.DaysBefore, 1), Math.Min(evt.Window.DaysAfter, 1) + 1);
            var recordedAt = new DateTimeOffset(person.Enrolled.AddDays(Math.Max(0, day)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                .AddHours(4.5).AddMinutes(random.Integer(0, 600));
            var week = (evt.Day - plan.BaselineDay) / 7.0;
            var overall = OverallAt(plan, scenario, random, person, week, noise: !(isBaseline || isEndpoint));
            foreach (var instrumentId in evt.Instruments)
            {
                var instrument = protocol.GetInstrument(instrumentId);
                if (protocol.Screening?.Instrument == instrumentId) continue;
                var values = new List<KeyValuePair<string, string>>();
                foreach (var item in instrument.Items)
                {
                    var value = instrumentId == plan.Instrument
                        ? RatingValue(plan, random, item, overall, week, isBaseline, symptomProfile)
                        : OtherValue(random, item, person, evt.Day <= plan.BaselineDay);
                    if (value is not null) values.Add(new(item.Id, Checked(item, value)));
                }
                assessments.Add(new SimulatedAssessment(evt.Id, instrumentId, recordedAt, values));
            }
        }

        var (taken, expected) = Doses(protocol, random, arm, events[lastAttended].Day, plan.BaselineDay);
        return new SimulatedParticipant(person.Code, site, arm, person.Etiology, stratum, person.Enrolled, screening,
            assessments, withdrawal, withdrawal is null ? null : events[lastAttended].Id, taken, expected);
    }

    private static double OverallAt(RatingPlan plan, SimulationScenario scenario, SimulationRandom random, Person person, double week, bool noise)
    {
        double mean;
        if (week <= 0) mean = person.Baseline;
        else if (week >= plan.TreatmentWeeks) mean = person.EndOfTreatment;
        else
        {
            // Exponential approach to the end-of-treatment level, reaching it exactly when treatment ends.
            var r = scenario.ResponseRatePerWeek;
            var f = (Math.Exp(-r * week) - Math.Exp(-r * plan.TreatmentWeeks)) / (1 - Math.Exp(-r * plan.TreatmentWeeks));
            mean = person.EndOfTreatment + (person.Baseline - person.EndOfTreatment) * f;
        }
        if (!noise) return mean;
        var value = mean + random.Normal(0, scenario.RatingNoise);
        // Off-treatment weeks stay near the level reached (published: the effect persisted after stopping).
        if (week > plan.TreatmentWeeks && person.Active) value = Math.Clamp(value, scenario.ActiveEndOfTreatment.Low - 0.5, scenario.ActiveEndOfTreatment.High + 0.5);
        return value;
    }

    private static string? RatingValue(RatingPlan plan, SimulationRandom random, Item item, double overall, double week,
        bool isBaseline, Dictionary<string, (double Offset, double Extra)> profile)
    {
        if (!item.IsNumeric) return item.Required ? GenericValue(random, item) : null;
        if (plan.OverallItem == item.Id) return Format(ItemRounding.Round(item, overall));
        if (!profile.TryGetValue(item.Id, out var p)) return Format(ItemRounding.Round(item, overall));
        // Each symptom follows the overall course with its own level; tingling and numbness improve most (Kulkarni et al.).
        var progress = isBaseline ? 0 : Math.Clamp(week / plan.TreatmentWeeks, 0, 1);
        var value = overall + p.Offset * (1 - 0.5 * progress) + p.Extra * progress;
        if (!isBaseline) value += random.Normal(0, 0.2);
        return Format(ItemRounding.Round(item, value));
    }

    private static bool IsLeadingSymptom(string id) =>
        id.Contains("tingl", StringComparison.OrdinalIgnoreCase) || id.Contains("numb", StringComparison.OrdinalIgnoreCase);

    private static List<KeyValuePair<string, string>> ScreeningValues(Protocol protocol, SimulationRandom random, Person person)
    {
        var values = new List<KeyValuePair<string, string>>();
        if (protocol.Screening is null) return values;
        var instrument = protocol.GetInstrument(protocol.Screening.Instrument);
        var etiologyItem = protocol.Stratification?.Etiology?.Item;
        foreach (var item in instrument.Items)
        {
            string? value;
            if (item.Id == etiologyItem && person.Etiology is not null) value = person.Etiology;
            else if (item.Type == ItemType.Vas) value = Format(ItemRounding.Round(item, person.Baseline));
            else if (item.Type == ItemType.Date) value = person.Enrolled.AddDays(-random.Integer(1, 8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            else value = OtherValue(random, item, person, isBaseline: true);
            if (value is not null) values.Add(new(item.Id, Checked(item, value)));
        }
        return MakeEligible(protocol, instrument, values);
    }

    /// <summary>
    /// Flips yes/no answers that keep a simulated participant out (e.g. consent) until every criterion is met:
    /// the simulation describes enrolled participants.
    /// </summary>
    private static List<KeyValuePair<string, string>> MakeEligible(Protocol protocol, Instrument instrument, List<KeyValuePair<string, string>> values)
    {
        Dictionary<string, string?> Map() => values.ToDictionary(v => v.Key, v => (string?)v.Value);
        var result = Eligibility.Evaluate(protocol, Map());
        foreach (var item in instrument.Items.Where(i => i.Type == ItemType.YesNo))
        {
            if (result.IsEligible) break;
            var index = values.FindIndex(v => v.Key == item.Id);
            if (index < 0) continue;
            var original = values[index];
            values[index] = new(item.Id, original.Value == "yes" ? "no" : "yes");
            var flipped = Eligibility.Evaluate(protocol, Map());
            if (flipped.Failures.Count < result.Failures.Count) result = flipped;
            else values[index] = original;
        }
        return result.IsEligible
            ? values
            : throw new InvalidOperationException("the simulation cannot make an eligible participant for this protocol: "
                + string.Join("; ", result.Failures.Select(f => $"{f.Label}: {f.Reason}")));
    }

    /// <summary>Labs and other items: plausible values for the participant's etiology, inside the item's range.</summary>
    private static string? OtherValue(SimulationRandom random, Item item, Person person, bool isBaseline)
    {
        switch (item.Type)
        {
            case ItemType.Vas or ItemType.WholeNumber or ItemType.DecimalNumber:
                var (low, high) = LabRanges.Plausible(item, person.Etiology, isBaseline);
                return Format(ItemRounding.Round(item, random.Uniform(low, high)));
            case ItemType.YesNo:
                // Safety questions (vitamin K antagonist use, pregnancy, other exclusions) are answered "no".
                return "no";
            case ItemType.Choice:
                return random.Pick(item.Choices).Code;
            default:
                return item.Required ? GenericValue(random, item) : null;
        }
    }

    private static string GenericValue(SimulationRandom random, Item item) => item.Type switch
    {
        ItemType.Date => new DateOnly(2026, 1, 1).AddDays(random.Integer(0, 28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ItemType.Choice => random.Pick(item.Choices).Code,
        ItemType.YesNo => "no",
        _ => "none",
    };

    private static string Checked(Item item, string value)
    {
        var check = item.Validate(value);
        return check.IsValid
            ? check.Normalised ?? value
            : throw new InvalidOperationException($"the simulation made an invalid value for '{item.Id}': {check.Error}");
    }

    private static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static List<string?> AssignEtiologies(Protocol protocol, SimulationScenario scenario, int n, SimulationRandom random)
    {
        var item = protocol.Stratification?.Etiology?.Item is { } id && protocol.Screening is { } s
            ? protocol.GetInstrument(s.Instrument).FindItem(id)
            : null;
        var result = new List<string?>(n);
        if (item is null || item.Choices.Count == 0)
        {
            result.AddRange(Enumerable.Repeat<string?>(null, n));
            return result;
        }
        // Only codes that fall in an etiology stratum (and so can be eligible) are drawn.
        var stratified = protocol.Stratification!.Etiology!.Strata.SelectMany(s => s.Values).ToHashSet();
        var codes = item.Choices.Select(c => c.Code).Where(stratified.Contains).ToList();
        var both = codes.Find(c => c.Contains("both", StringComparison.OrdinalIgnoreCase));
        var b12 = codes.Find(c => c != both && c.Contains("b12", StringComparison.OrdinalIgnoreCase));
        var dm = codes.Find(c => c != both && c != b12 && (c.Contains("dm", StringComparison.OrdinalIgnoreCase) || c.Contains("diab", StringComparison.OrdinalIgnoreCase)));
        // The published 23-of-30 share belongs to the preliminary study, whose B12 group includes patients with both
        // causes; a protocol with separate, non-overlapping strata gets equal shares (a balanced design).
        if (b12 is null || dm is null || both is null)
        {
            for (var i = 0; i < n; i++) result.Add(codes[i % codes.Count]);
        }
        else
        {
            var b12Group = (int)Math.Round(n * scenario.B12GroupShare);
            var nBoth = (int)Math.Round(b12Group * scenario.BothShareOfB12Group);
            result.AddRange(Enumerable.Repeat<string?>(b12, b12Group - nBoth));
            result.AddRange(Enumerable.Repeat<string?>(both, nBoth));
            result.AddRange(Enumerable.Repeat<string?>(dm, n - b12Group));
        }
        random.Shuffle(result);
        return result;
    }

    private static string? EtiologyStratum(Protocol protocol, string? etiology) =>
        etiology is null || protocol.Stratification?.Etiology is null ? etiology : Stratifier.AssignEtiology(protocol, etiology).Code;

    private static (int Taken, int Expected) Doses(Protocol protocol, SimulationRandom random, string? armCode, int lastDay, int baselineDay)
    {
        var arm = armCode is null ? (protocol.Arms.Count > 0 ? protocol.Arms[0] : null) : protocol.FindArm(armCode);
        if (arm is null) return (0, 0);
        var treatedDays = Math.Clamp(Math.Min(lastDay, protocol.Schedule.Treatment.EndDay) - baselineDay, 0, arm.DurationWeeks * 7);
        var expected = treatedDays * arm.TimesPerDay;
        // Most participants take nearly every capsule; about one in eight falls below the 80% per-protocol mark.
        var adherence = random.Chance(0.125) ? random.Uniform(0.6, 0.8) : random.Uniform(0.85, 1.0);
        return ((int)Math.Round(expected * adherence), expected);
    }

    private sealed record Person(string Code, DateOnly Enrolled, string? Etiology, double Baseline, double EndOfTreatment, bool Active);
}
