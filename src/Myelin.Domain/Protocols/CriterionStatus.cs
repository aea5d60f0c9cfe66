namespace Myelin.Domain.Protocols;

/// <summary>How one eligibility criterion came out for a candidate.</summary>
public enum CriterionStatus
{
    /// <summary>The criterion is satisfied (inclusion true, or exclusion false).</summary>
    Met,

    /// <summary>The criterion is not satisfied (inclusion false, or exclusion true).</summary>
    NotMet,

    /// <summary>A screening value the rule needs was not given, so the rule cannot be decided.</summary>
    Missing,

    /// <summary>A screening value the rule needs is not valid for its item.</summary>
    Invalid,
}
