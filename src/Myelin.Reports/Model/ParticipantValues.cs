using Myelin.Analysis.Data;
using Myelin.Domain.Protocols;

namespace Myelin.Reports.Model;

/// <summary>
/// Participant-level values of one variable at every event where its instrument is due, read from the analysis
/// dataset: the individual trajectories, the waterfall and the labs over time are drawn from these.
/// </summary>
internal sealed class ParticipantValues
{
    private ParticipantValues(IReadOnlyList<ScheduledEvent> events, double[][] byEvent)
    {
        Events = events;
        ByEvent = byEvent;
    }

    /// <summary>The events, in schedule order.</summary>
    public IReadOnlyList<ScheduledEvent> Events { get; }

    /// <summary><c>ByEvent[e][p]</c>: the value of participant p at event e; NaN when missing.</summary>
    public double[][] ByEvent { get; }

    /// <summary>Reads <paramref name="variable"/> of <paramref name="instrument"/> at every event where the instrument is due.</summary>
    public static ParticipantValues Read(AnalysisDataset data, string instrument, string variable)
    {
        var events = data.Protocol.Schedule.Events.Where(e => e.HasInstrument(instrument)).ToList();
        var values = events.Select(e => data.Column(instrument, variable, e.Id)).ToArray();
        return new ParticipantValues(events, values);
    }

    /// <summary>The values at one event.</summary>
    public double[] At(string eventId)
    {
        for (int e = 0; e < Events.Count; e++)
        {
            if (Events[e].Id == eventId)
            {
                return ByEvent[e];
            }
        }

        throw new ArgumentException($"event '{eventId}' is not one where these values are recorded", nameof(eventId));
    }

    /// <summary>Weeks of the events from the first of them (day / 7).</summary>
    public double[] Weeks() => Events.Select(e => e.Day / 7.0).ToArray();
}
