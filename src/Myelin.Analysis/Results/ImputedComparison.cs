namespace Myelin.Analysis.Results;

/// <summary>A comparison's pooled ANCOVA difference after imputation.</summary>
public sealed record ImputedComparison(string By, string Level, string Reference, PooledEstimate Ancova);
