namespace Myelin.Domain.Protocols;

/// <summary>Period of the schedule; YAML values <c>treatment</c> and <c>follow-up</c>.</summary>
public enum PeriodKind
{
    /// <summary>On study treatment.</summary>
    Treatment,

    /// <summary>Off treatment, after the treatment period ("de-challenge" in Mehta 2018).</summary>
    FollowUp,
}
