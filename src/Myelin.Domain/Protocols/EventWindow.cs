namespace Myelin.Domain.Protocols;

/// <summary>How many days before and after its due day an event may take place.</summary>
/// <param name="DaysBefore">Days allowed before the due day (0 or more; default 0).</param>
/// <param name="DaysAfter">Days allowed after the due day (0 or more; default 0).</param>
public sealed record EventWindow(int DaysBefore, int DaysAfter);
