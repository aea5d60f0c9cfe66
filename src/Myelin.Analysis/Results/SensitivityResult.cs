namespace Myelin.Analysis.Results;

/// <summary>The primary endpoint under another population or another handling of missing data.</summary>
/// <param name="Id"><c>per-protocol</c>, <c>completers</c>, <c>locf</c> or <c>multiple-imputation</c>.</param>
/// <param name="Label">What was changed, in words.</param>
/// <param name="Population">Population analysed.</param>
/// <param name="MissingData"><c>observed-cases</c>, <c>locf</c> or <c>multiple-imputation</c>.</param>
/// <param name="Endpoint">The full endpoint result (not for multiple imputation).</param>
/// <param name="Imputation">The pooled multiple-imputation result (only for multiple imputation).</param>
public sealed record SensitivityResult(
    string Id, string Label, string Population, string MissingData, EndpointResult? Endpoint, ImputationResult? Imputation);
