namespace Myelin.Domain.Protocols;

/// <summary>When one scheduled event is due for a participant.</summary>
/// <param name="Event">The event.</param>
/// <param name="Due">Enrolment date + the event's day.</param>
/// <param name="Opens">First date of the window (due − days before).</param>
/// <param name="Closes">Last date of the window (due + days after), inclusive.</param>
public sealed record EventDue(ScheduledEvent Event, DateOnly Due, DateOnly Opens, DateOnly Closes)
{
    /// <summary>True when <paramref name="date"/> lies in [Opens, Closes].</summary>
    public bool Contains(DateOnly date) => date >= Opens && date <= Closes;

    /// <summary>
    /// The event's state on <paramref name="today"/>: <see cref="EventState.Done"/> when <paramref name="done"/>, else
    /// upcoming before the window opens, due up to the due day, overdue after it while the window is open, missed after it closes.
    /// </summary>
    public EventState StateOn(DateOnly today, bool done) =>
        done ? EventState.Done
        : today < Opens ? EventState.Upcoming
        : today <= Due ? EventState.Due
        : today <= Closes ? EventState.Overdue
        : EventState.Missed;
}
