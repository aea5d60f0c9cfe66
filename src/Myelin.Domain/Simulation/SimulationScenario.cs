namespace Myelin.Domain.Simulation;

/// <summary>
/// What the simulated participants look like. The defaults reproduce what the preliminary K2-7 study published
/// (Kulkarni et al.; ../shared/reference/domain.md §1.1): baseline 6–8 in the moderate group and 8–9 in the severe
/// group, down to 1–2 by the end of treatment on the active product, 23 of 30 participants in the B12-deficiency group.
/// </summary>
public sealed record SimulationScenario
{
    /// <summary>Share of participants drawn into the severe band; the rest are moderate (the paper gives no split).</summary>
    public double SevereShare { get; init; } = 0.5;

    /// <summary>Baseline range of the overall score in the moderate group, inclusive (published: 6–8).</summary>
    public (double Low, double High) ModerateBaseline { get; init; } = (6, 8);

    /// <summary>Baseline range of the overall score in the severe group, inclusive (published: 8–9).</summary>
    public (double Low, double High) SevereBaseline { get; init; } = (8, 9);

    /// <summary>Overall score reached at the end of treatment on an active arm, inclusive (published: 1–2).</summary>
    public (double Low, double High) ActiveEndOfTreatment { get; init; } = (1, 2);

    /// <summary>Fall of the overall score by the end of treatment on placebo (the 2021 pilot: placebo stayed at 8–9).</summary>
    public (double Low, double High) PlaceboFall { get; init; } = (0, 1);

    /// <summary>Share of participants in the B12-deficiency group, alone or with diabetes (published: 23 of 30).</summary>
    public double B12GroupShare { get; init; } = 23.0 / 30.0;

    /// <summary>Share of the B12-deficiency group that also has type 2 diabetes (not published; a modest overlap).</summary>
    public double BothShareOfB12Group { get; init; } = 6.0 / 23.0;

    /// <summary>Chance that a participant misses a given diary or visit after baseline.</summary>
    public double MissedEventProbability { get; init; } = 0.05;

    /// <summary>Chance that a participant withdraws at some point after baseline.</summary>
    public double DropoutProbability { get; init; } = 0.07;

    /// <summary>Week-to-week noise of a rating around its trajectory, in scale points (SD).</summary>
    public double RatingNoise { get; init; } = 0.35;

    /// <summary>Speed at which ratings approach their end-of-treatment level, per week.</summary>
    public double ResponseRatePerWeek { get; init; } = 0.35;

    /// <summary>Participants enrolled per week from the first enrolment date.</summary>
    public int EnrolmentsPerWeek { get; init; } = 3;

    /// <summary>The published K2-7 pattern (the default).</summary>
    public static SimulationScenario PublishedK27 { get; } = new();
}
