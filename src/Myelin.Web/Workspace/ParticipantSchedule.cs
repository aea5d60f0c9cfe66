using Myelin.Domain.Protocols;
using Myelin.Domain.Records;

namespace Myelin.Web.Workspace;

/// <summary>One participant's schedule on a day: every event with its window and state.</summary>
public static class ParticipantSchedule
{
    /// <summary>
    /// The events of an enrolled participant with their state on <paramref name="today"/>; an event is done when every
    /// instrument due at it has an assessment. Empty before enrolment. A withdrawn participant's events that were not
    /// done are left out of what is expected (<see cref="ScheduledState.Expected"/> false).
    /// </summary>
    /// <param name="protocol">The protocol.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="recorded">The (event id, instrument id) pairs recorded for the participant.</param>
    /// <param name="today">Today's date.</param>
    public static IReadOnlyList<ScheduledState> Build(Protocol protocol, Participant participant, IReadOnlySet<(string Event, string Instrument)> recorded, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(recorded);
        if (participant.EnrolledOn is not { } enrolled)
        {
            return [];
        }

        var withdrawn = participant.Status == ParticipantStatus.Withdrawn;
        return ScheduleCalendar.DueDates(protocol.Schedule, enrolled)
            .Select(due =>
            {
                var done = due.Event.Instruments.All(i => recorded.Contains((due.Event.Id, i)));
                return new ScheduledState(due, due.StateOn(today, done), done || !withdrawn);
            })
            .ToList();
    }

    /// <summary>The ids of the events where the participant rates the primary endpoint's instrument (the diary).</summary>
    public static bool IsDiary(Protocol protocol, ScheduledEvent scheduledEvent)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(scheduledEvent);
        return scheduledEvent.HasInstrument(protocol.PrimaryEndpoint.Instrument);
    }
}
