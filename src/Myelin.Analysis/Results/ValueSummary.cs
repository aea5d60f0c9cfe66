namespace Myelin.Analysis.Results;

/// <summary>Mean, SD, median and quartiles (R quantile type 7); null in JSON where undefined (SD of one value).</summary>
public sealed record ValueSummary(double Mean, double Sd, double Median, double Q1, double Q3);
