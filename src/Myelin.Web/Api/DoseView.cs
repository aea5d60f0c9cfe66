using Myelin.Domain.Records;

namespace Myelin.Web.Api;

/// <summary>A stored dose record.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Participant">The participant code.</param>
/// <param name="Date">The day the dose was due.</param>
/// <param name="Slot"><c>morning</c>, <c>evening</c> or a dose number.</param>
/// <param name="Taken">Whether it was taken.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="RecordedAt">When (UTC).</param>
public sealed record DoseView(long Id, string Participant, DateOnly Date, string Slot, bool Taken, string RecordedBy, DateTimeOffset RecordedAt)
{
    /// <summary>The view of a record.</summary>
    public static DoseView Of(DoseRecord d, string participantCode)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, participantCode, d.Date, d.Slot, d.Taken, d.RecordedBy, d.RecordedAt);
    }
}
