namespace Myelin.Statistics;

/// <summary>
/// The result of a hypothesis test, shaped like R's <c>htest</c> object: names and numbers are R's (statistic "t",
/// "V", "W", "X-squared"…; estimates "mean of x", "(pseudo)median", "odds ratio"…), NaN stands for NA.
/// R's warnings travel in <see cref="Warnings"/>; when R stops with an error the result carries only
/// <see cref="Error"/> (R's message) and no numbers.
/// </summary>
public sealed record HtestResult
{
    /// <summary>R's name of the statistic, e.g. "t", "V", "W", "Friedman chi-squared"; null when R gives none.</summary>
    public string? StatisticName { get; init; }

    /// <summary>The statistic's value.</summary>
    public double Statistic { get; init; } = double.NaN;

    /// <summary>Parameters such as ("df", 9); empty when R gives none.</summary>
    public IReadOnlyList<HtestValue> Parameters { get; init; } = [];

    /// <summary>The p-value.</summary>
    public double PValue { get; init; } = double.NaN;

    /// <summary>The confidence interval, or null when not computed.</summary>
    public HtestInterval? ConfInt { get; init; }

    /// <summary>Estimates with R's names.</summary>
    public IReadOnlyList<HtestValue> Estimates { get; init; } = [];

    /// <summary>The null value(s) with R's names, e.g. ("location shift", 0).</summary>
    public IReadOnlyList<HtestValue> NullValues { get; init; } = [];

    /// <summary>The alternative; null for tests that have none (chi-square, Kruskal–Wallis…).</summary>
    public HtestAlternative? Alternative { get; init; }

    /// <summary>R's method string, e.g. "Welch Two Sample t-test".</summary>
    public string Method { get; init; } = "";

    /// <summary>The standard error of t.test's estimate; NaN for other tests.</summary>
    public double StdErr { get; init; } = double.NaN;

    /// <summary>R's warning messages, in R's order.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>R's error message when R would stop; null on success.</summary>
    public string? Error { get; init; }

    /// <summary>A result that only carries R's error message.</summary>
    public static HtestResult Failed(string message) => new() { Error = message };
}
