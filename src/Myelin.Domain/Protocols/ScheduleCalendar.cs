namespace Myelin.Domain.Protocols;

/// <summary>Turns the schedule into calendar dates for one participant (pure; no clock).</summary>
public static class ScheduleCalendar
{
    /// <summary>Due date and window of every event, in schedule order, for a participant enrolled on <paramref name="enrolment"/> (day 0).</summary>
    public static IReadOnlyList<EventDue> DueDates(Schedule schedule, DateOnly enrolment)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Events.Select(e => DueDate(e, enrolment)).ToList();
    }

    /// <summary>Due date and window of one event.</summary>
    public static EventDue DueDate(ScheduledEvent scheduledEvent, DateOnly enrolment)
    {
        ArgumentNullException.ThrowIfNull(scheduledEvent);
        return new EventDue(
            scheduledEvent,
            enrolment.AddDays(scheduledEvent.Day),
            enrolment.AddDays(scheduledEvent.OpensDay),
            enrolment.AddDays(scheduledEvent.ClosesDay));
    }

    /// <summary>Every event whose window holds <paramref name="date"/> (windows of different events may overlap), in schedule order.</summary>
    public static IReadOnlyList<EventDue> EventsOn(Schedule schedule, DateOnly enrolment, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return DueDates(schedule, enrolment).Where(d => d.Contains(date)).ToList();
    }

    /// <summary>
    /// The event a date falls in for an instrument: among the events that have <paramref name="instrumentId"/> due
    /// and whose window holds the date, the one whose due date is nearest (the earlier one on a tie); null when none.
    /// </summary>
    public static EventDue? EventFor(Schedule schedule, DateOnly enrolment, DateOnly date, string instrumentId)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return EventsOn(schedule, enrolment, date)
            .Where(d => d.Event.HasInstrument(instrumentId))
            .OrderBy(d => Math.Abs(d.Due.DayNumber - date.DayNumber))
            .ThenBy(d => d.Due)
            .FirstOrDefault();
    }
}
