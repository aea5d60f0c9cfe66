namespace Myelin.Domain.Protocols;

/// <summary>The outcome of screening one candidate against every criterion.</summary>
/// <param name="IsEligible">True only when every criterion is met.</param>
/// <param name="Outcomes">One outcome per criterion, in protocol order.</param>
public sealed record EligibilityResult(bool IsEligible, IReadOnlyList<CriterionOutcome> Outcomes)
{
    /// <summary>The criteria that are not met, missing or invalid.</summary>
    public IReadOnlyList<CriterionOutcome> Failures => Outcomes.Where(o => o.Status != CriterionStatus.Met).ToList();
}
