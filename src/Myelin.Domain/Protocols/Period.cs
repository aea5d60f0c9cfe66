namespace Myelin.Domain.Protocols;

/// <summary>A treatment or follow-up period in whole weeks from enrolment (week 0 = enrolment day).</summary>
/// <param name="Kind">Treatment or off-treatment follow-up.</param>
/// <param name="StartWeek">First week, inclusive.</param>
/// <param name="EndWeek">Last week, inclusive; greater than <paramref name="StartWeek"/>.</param>
public sealed record Period(PeriodKind Kind, int StartWeek, int EndWeek)
{
    /// <summary>First day (from enrolment) of the period.</summary>
    public int StartDay => StartWeek * 7;

    /// <summary>Last day (from enrolment) of the period.</summary>
    public int EndDay => EndWeek * 7;

    /// <summary>True when <paramref name="day"/> lies in [StartDay, EndDay].</summary>
    public bool Contains(int day) => day >= StartDay && day <= EndDay;
}
