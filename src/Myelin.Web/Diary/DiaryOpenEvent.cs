using Myelin.Domain.Protocols;

namespace Myelin.Web.Diary;

/// <summary>A diary event open now for a participant, with its dates and the instrument to complete.</summary>
/// <param name="Due">The event and its window in the participant's calendar.</param>
/// <param name="Instrument">The diary instrument of the event.</param>
public sealed record DiaryOpenEvent(EventDue Due, Instrument Instrument);
