using Myelin.Domain.Protocols;

namespace Myelin.Domain.Tests.Protocols;

public class EventStateTests
{
    [Theory]
    [InlineData("2026-02-24", false, EventState.Upcoming)]
    [InlineData("2026-02-26", false, EventState.Due)]
    [InlineData("2026-03-01", false, EventState.Due)]
    [InlineData("2026-03-02", false, EventState.Overdue)]
    [InlineData("2026-03-04", false, EventState.Overdue)]
    [InlineData("2026-03-05", false, EventState.Missed)]
    [InlineData("2026-03-05", true, EventState.Done)]
    public void A_visit_due_on_day_28_with_a_three_day_window(string today, bool done, EventState expected)
    {
        var visit = Samples.Preliminary.FindEvent("visit-w4")!;
        var due = ScheduleCalendar.DueDate(visit, new DateOnly(2026, 2, 1));

        Assert.Equal(expected, due.StateOn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), done));
    }
}
