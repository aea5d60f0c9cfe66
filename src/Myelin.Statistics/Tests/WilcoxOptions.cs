namespace Myelin.Statistics.Tests;

/// <summary>Arguments of R's <c>wilcox.test</c>, with R's defaults.</summary>
public sealed record WilcoxOptions
{
    /// <summary>Alternative hypothesis; default two-sided.</summary>
    public HtestAlternative Alternative { get; init; } = HtestAlternative.TwoSided;

    /// <summary>Location shift under H0; default 0.</summary>
    public double Mu { get; init; }

    /// <summary>Signed-rank test on x − y; default false.</summary>
    public bool Paired { get; init; }

    /// <summary>Exact p-value: null (R's NULL) means exact when n &lt; 50 (R 4.2.2: and no ties or zeros).</summary>
    public bool? Exact { get; init; }

    /// <summary>Continuity correction in the normal approximation; default true.</summary>
    public bool Correct { get; init; } = true;

    /// <summary>Compute the Hodges–Lehmann estimate and its confidence interval; default false.</summary>
    public bool ConfInt { get; init; }

    /// <summary>Confidence level; default 0.95.</summary>
    public double ConfLevel { get; init; } = 0.95;

    /// <summary>R 4.2.2's rules (default) or R ≥ 4.6 / coin's exact-with-ties and Pratt zeros.</summary>
    public WilcoxRule Rule { get; init; } = WilcoxRule.R422;

    /// <summary>uniroot tolerance of the asymptotic interval and estimate (R's tol.root); default 1e-4.</summary>
    public double TolRoot { get; init; } = 1e-4;
}
