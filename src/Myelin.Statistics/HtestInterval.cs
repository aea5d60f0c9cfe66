namespace Myelin.Statistics;

/// <summary>A confidence interval with the confidence level R reports in its <c>conf.level</c> attribute.</summary>
public sealed record HtestInterval(double Lower, double Upper, double Level);
