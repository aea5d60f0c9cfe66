using Myelin.Domain.Protocols;

namespace Myelin.Domain.Tests.Protocols;

public class ScheduleCalendarTests
{
    private static readonly DateOnly Enrolled = new(2012, 9, 3);

    [Fact]
    public void Due_dates_and_windows_follow_the_enrolment_date()
    {
        var dues = ScheduleCalendar.DueDates(MinimalProtocol.Protocol.Schedule, Enrolled);

        var visit = dues.Single(d => d.Event.Id == "visit-w4");
        Assert.Equal((new DateOnly(2012, 10, 1), new DateOnly(2012, 9, 28), new DateOnly(2012, 10, 4)), (visit.Due, visit.Opens, visit.Closes));
        var diary = dues.Single(d => d.Event.Id == "diary-w12");
        Assert.Equal((new DateOnly(2012, 11, 26), new DateOnly(2012, 11, 26), new DateOnly(2012, 11, 28)), (diary.Due, diary.Opens, diary.Closes));
        Assert.Equal(["diary-w0", "diary-w4", "visit-w4", "diary-w8", "diary-w12"], dues.Select(d => d.Event.Id));
    }

    [Fact]
    public void A_date_can_fall_in_several_overlapping_windows()
    {
        var on = ScheduleCalendar.EventsOn(MinimalProtocol.Protocol.Schedule, Enrolled, new DateOnly(2012, 10, 2));

        Assert.Equal(["diary-w4", "visit-w4"], on.Select(d => d.Event.Id));
    }

    [Fact]
    public void Event_for_an_instrument_picks_the_window_holding_the_date()
    {
        var schedule = Samples.Preliminary.Schedule;

        Assert.Equal("diary-w3", ScheduleCalendar.EventFor(schedule, Enrolled, Enrolled.AddDays(22), "symptoms")!.Event.Id);
        Assert.Equal("visit-w4", ScheduleCalendar.EventFor(schedule, Enrolled, Enrolled.AddDays(26), "labs")!.Event.Id);
        Assert.Equal("visit-w0", ScheduleCalendar.EventFor(schedule, Enrolled, Enrolled.AddDays(-5), "labs")!.Event.Id);
    }

    [Fact]
    public void Date_outside_every_window_falls_in_no_event()
    {
        var schedule = Samples.Preliminary.Schedule;

        Assert.Null(ScheduleCalendar.EventFor(schedule, Enrolled, Enrolled.AddDays(12), "symptoms"));
        Assert.Null(ScheduleCalendar.EventFor(schedule, Enrolled, Enrolled.AddDays(-1), "symptoms"));
        Assert.Empty(ScheduleCalendar.EventsOn(schedule, Enrolled, Enrolled.AddDays(100)));
    }

    [Fact]
    public void Rct_follow_up_events_fall_after_treatment()
    {
        var dues = ScheduleCalendar.DueDates(Samples.RctPilot.Schedule, Enrolled);

        var followUp = dues.Where(d => d.Event.Period == PeriodKind.FollowUp).Select(d => d.Event.Id);
        Assert.Equal(["diary-w9", "diary-w10", "diary-w11", "diary-w12", "visit-w12"], followUp);
        Assert.Equal(Enrolled.AddDays(84), dues.Single(d => d.Event.Id == "visit-w12").Due);
    }
}
