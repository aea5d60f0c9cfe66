namespace Myelin.Domain.Protocols;

/// <summary>When participants are treated and seen.</summary>
/// <param name="Treatment">The treatment period (weeks from enrolment).</param>
/// <param name="FollowUp">The off-treatment follow-up period, starting when treatment ends; null when there is none.</param>
/// <param name="Definitions">The events as written in the file, repeating ones unexpanded.</param>
/// <param name="Events">The concrete events, repeating ones expanded (e.g. <c>diary-w0</c> … <c>diary-w8</c>), ordered by day then file order.</param>
public sealed record Schedule(
    Period Treatment,
    Period? FollowUp,
    IReadOnlyList<EventDefinition> Definitions,
    IReadOnlyList<ScheduledEvent> Events)
{
    /// <summary>The period with this kind, or null.</summary>
    public Period? PeriodOf(PeriodKind kind) => kind == PeriodKind.Treatment ? Treatment : FollowUp;
}
