namespace Myelin.Statistics.Tests;

/// <summary>Arguments of R's <c>t.test</c>, with R's defaults.</summary>
public sealed record TTestOptions
{
    /// <summary>Alternative hypothesis; default two-sided.</summary>
    public HtestAlternative Alternative { get; init; } = HtestAlternative.TwoSided;

    /// <summary>The true mean (or difference in means) under H0; default 0.</summary>
    public double Mu { get; init; }

    /// <summary>Paired test on x − y; default false.</summary>
    public bool Paired { get; init; }

    /// <summary>Pooled variance (Student) instead of Welch; default false.</summary>
    public bool VarEqual { get; init; }

    /// <summary>Confidence level of the interval; default 0.95.</summary>
    public double ConfLevel { get; init; } = 0.95;
}
