namespace Myelin.Analysis;

/// <summary>Options of <see cref="TrialAnalysis.Run"/>; the defaults are the pre-specified analysis.</summary>
public sealed record AnalysisOptions
{
    /// <summary>Analyse the valid rows only when the data have problems (they are listed as excluded); default false: stop.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>Confidence level of every interval; default 0.95.</summary>
    public double ConfLevel { get; init; } = 0.95;

    /// <summary>Per-protocol: smallest fraction of expected doses taken; default 0.8.</summary>
    public double AdherenceThreshold { get; init; } = 0.8;

    /// <summary>Number of multiple imputations; default 20 (0 leaves the multiple-imputation sensitivity analysis out).</summary>
    public int Imputations { get; init; } = 20;

    /// <summary>Seed of the imputation random numbers; default 20121108, recorded in the results.</summary>
    public int Seed { get; init; } = 20121108;

    /// <summary>Analyse each symptom item as a secondary endpoint; default true.</summary>
    public bool SymptomItems { get; init; } = true;

    /// <summary>Checks the options; throws <see cref="ArgumentOutOfRangeException"/> naming the bad one.</summary>
    public void Validate()
    {
        if (!(ConfLevel > 0 && ConfLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ConfLevel), ConfLevel, "the confidence level must lie strictly between 0 and 1");
        }

        if (!(AdherenceThreshold >= 0 && AdherenceThreshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(AdherenceThreshold), AdherenceThreshold, "the adherence threshold is a fraction in [0, 1]");
        }

        if (Imputations is < 0 or 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Imputations), Imputations, "use 0 (no imputation) or at least 2 imputations");
        }
    }
}
