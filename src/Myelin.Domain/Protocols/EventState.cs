namespace Myelin.Domain.Protocols;

/// <summary>Where one scheduled event of one participant stands on a given day (see <see cref="EventDue.StateOn"/>).</summary>
public enum EventState
{
    /// <summary>Every instrument due at the event has been recorded.</summary>
    Done,

    /// <summary>Not done; the window is open and the due day has not passed (opens ≤ today ≤ due).</summary>
    Due,

    /// <summary>Not done; the due day has passed but the window is still open (due &lt; today ≤ closes).</summary>
    Overdue,

    /// <summary>Not done and the window has closed (today &gt; closes).</summary>
    Missed,

    /// <summary>Not done and the window has not opened yet (today &lt; opens).</summary>
    Upcoming,
}
