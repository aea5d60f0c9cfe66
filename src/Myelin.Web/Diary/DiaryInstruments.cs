using Myelin.Domain.Protocols;

namespace Myelin.Web.Diary;

/// <summary>
/// Which instruments the participant completes in the diary. The protocol format (docs/protocol.md) has no key saying
/// who completes an instrument, so the rule is read from the items: a diary instrument rates symptoms on visual
/// analogue scales — every item is a VAS, except optional free-text items, which the diary does not ask (the
/// participant's own note is kept with the assessment, <see cref="Domain.Records.Assessment.Note"/>) — and is not the
/// screening form. Clinic forms (labs, close-out, screening) have numbers with units, choices or yes/no
/// answers that site staff enter, so they never appear in the diary.
/// </summary>
public static class DiaryInstruments
{
    /// <summary>True when the participant completes <paramref name="instrument"/> in the diary.</summary>
    public static bool IsDiary(Protocol protocol, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(instrument);
        return instrument.Id != protocol.Screening?.Instrument
            && instrument.Items.Any(i => i.Type == ItemType.Vas)
            && instrument.Items.All(i => i.Type == ItemType.Vas || (i.Type == ItemType.Text && !i.Required));
    }

    /// <summary>
    /// The diary instrument of an event: the first of its instruments that is a diary instrument, or null when the
    /// event is a clinic event. (A diary event carries one diary instrument in every sample protocol; a second one
    /// would be shown at its own event.)
    /// </summary>
    public static Instrument? Of(Protocol protocol, ScheduledEvent scheduledEvent)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(scheduledEvent);
        return scheduledEvent.Instruments.Select(protocol.FindInstrument).FirstOrDefault(i => i is not null && IsDiary(protocol, i));
    }

    /// <summary>The items rated in the diary form: the VAS items (free-text items are not asked in the diary).</summary>
    public static IEnumerable<Item> RatedItems(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return instrument.Items.Where(i => i.Type == ItemType.Vas);
    }
}
