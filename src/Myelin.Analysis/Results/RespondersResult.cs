namespace Myelin.Analysis.Results;

/// <summary>Responders by the IMMPACT (≥30%, ≥50% reduction) and Farrar (≥2 points) thresholds.</summary>
public sealed record RespondersResult(ResponderCount Ge30, ResponderCount Ge50, ResponderCount Ge2points);
