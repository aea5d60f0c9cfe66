namespace Myelin.Analysis.Results;

/// <summary>How the analysis was run.</summary>
/// <param name="ConfLevel">Confidence level of every interval (0.95).</param>
/// <param name="PrimaryPopulation">Population of the main results: <c>all-enrolled</c>.</param>
/// <param name="MissingData">Handling of missing data in the main results: <c>observed-cases</c>.</param>
/// <param name="AdherenceThreshold">Per-protocol: smallest fraction of doses taken (0.8).</param>
/// <param name="Imputations">Number of multiple imputations.</param>
/// <param name="Seed">Seed of the imputation random numbers.</param>
/// <param name="SkipInvalid">True when rows that did not fit the protocol were left out rather than stopping the analysis.</param>
/// <param name="Software">Name and version of the software, e.g. <c>Myelin.Analysis 1.0.0</c>.</param>
public sealed record AnalysisSettings(
    double ConfLevel,
    string PrimaryPopulation,
    string MissingData,
    double AdherenceThreshold,
    int Imputations,
    int Seed,
    bool SkipInvalid,
    string Software);
