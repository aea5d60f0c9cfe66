namespace Myelin.Statistics;

/// <summary>A named number of an htest result, e.g. ("df", 9) or ("mean of x", 6.3); NaN stands for R's NA.</summary>
public readonly record struct HtestValue(string Name, double Value);
