using Myelin.Domain.Protocols;

namespace Myelin.Web.Workspace;

/// <summary>One scheduled event of one participant, its window and its state on the day asked.</summary>
/// <param name="Due">The event, its due date and window.</param>
/// <param name="State">Done, due, overdue, missed or upcoming.</param>
/// <param name="Expected">False for an event not done by a participant who has withdrawn: it is no longer expected.</param>
public sealed record ScheduledState(EventDue Due, EventState State, bool Expected)
{
    /// <summary>The state in lower case for pages and CSS classes (<c>done</c>, <c>due</c>, ...), or <c>withdrawn</c> when no longer expected.</summary>
    public string Name => Expected ? State.ToString().ToLowerInvariant() : "withdrawn";
}
