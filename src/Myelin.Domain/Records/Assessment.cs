namespace Myelin.Domain.Records;

/// <summary>
/// One instrument completed for one participant at one schedule event (participant × event × instrument is unique),
/// with its item values, who entered it, when and from where.
/// </summary>
public sealed class Assessment
{
    private readonly List<ItemValue> _items = [];

    // For EF: it sets the properties itself.
    private Assessment()
    {
        EventId = InstrumentId = EnteredBy = string.Empty;
        Participant = null!;
    }

    private Assessment(Participant participant, string eventId, string instrumentId, AssessmentSource source, string enteredBy, DateTimeOffset enteredAt)
    {
        Participant = participant;
        ParticipantId = participant.Id;
        EventId = eventId;
        InstrumentId = instrumentId;
        Source = source;
        EnteredBy = enteredBy;
        EnteredAt = enteredAt;
    }

    /// <summary>Database key; 0 until saved.</summary>
    public long Id { get; private set; }

    /// <summary>The participant's database key.</summary>
    public long ParticipantId { get; private set; }

    /// <summary>The participant.</summary>
    public Participant Participant { get; private set; }

    /// <summary>The schedule event id from the protocol, e.g. <c>week-4</c>.</summary>
    public string EventId { get; private set; }

    /// <summary>The instrument id from the protocol, e.g. <c>symptom-diary</c>.</summary>
    public string InstrumentId { get; private set; }

    /// <summary>Where it was entered from.</summary>
    public AssessmentSource Source { get; private set; }

    /// <summary>A user name, <c>diary:&lt;participant&gt;</c> or <c>import:&lt;file&gt;</c> (see <see cref="Records.EnteredBy"/>).</summary>
    public string EnteredBy { get; private set; }

    /// <summary>When it was entered (UTC); for an import, the time recorded in the file.</summary>
    public DateTimeOffset EnteredAt { get; private set; }

    /// <summary>The item values, one per item id.</summary>
    public IReadOnlyList<ItemValue> Items => _items;

    /// <summary>
    /// A free-text note that came with the assessment (the participant's diary note), trimmed, at most
    /// <see cref="MaxNoteLength"/> characters; null when none was given.
    /// </summary>
    public string? Note { get; private set; }

    /// <summary>The longest note an assessment keeps, in characters.</summary>
    public const int MaxNoteLength = 1000;

    /// <summary>Starts an assessment with no item values; add them with <see cref="SetValue"/>.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="eventId">The schedule event id.</param>
    /// <param name="instrumentId">The instrument id.</param>
    /// <param name="source">Where it is entered from.</param>
    /// <param name="enteredBy">A user name, <c>diary:&lt;participant&gt;</c> or <c>import:&lt;file&gt;</c>.</param>
    /// <param name="enteredAt">When it was entered (UTC).</param>
    /// <exception cref="DomainRuleException">An id is malformed, the time is not UTC, or a diary entry names another participant.</exception>
    public static Assessment Record(Participant participant, string eventId, string instrumentId, AssessmentSource source, string enteredBy, DateTimeOffset enteredAt)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var where = $"assessment of participant '{participant.Code}'";
        var by = Guard.Text(enteredBy, $"'entered by' of {where}", 200);
        if (by.StartsWith(Records.EnteredBy.DiaryPrefix, StringComparison.Ordinal) && by != Records.EnteredBy.Diary(participant.Code))
        {
            throw new DomainRuleException($"{where} is entered by '{by}'; a diary entry can only be made by the participant's own diary, '{Records.EnteredBy.Diary(participant.Code)}'.");
        }

        return new Assessment(
            participant,
            Guard.Id(eventId, $"event id of {where}"),
            Guard.Id(instrumentId, $"instrument id of {where}"),
            source,
            by,
            UtcInstant.Require(enteredAt, $"entry time of {where}"));
    }

    /// <summary>Sets (or replaces) the value of one item. The item values must be loaded (include them when querying).</summary>
    /// <param name="itemId">The item id from the instrument.</param>
    /// <param name="value">The value as entered.</param>
    /// <param name="numeric">The value as a number when the item is numeric (VAS, integer, decimal), otherwise null.</param>
    /// <param name="unit">The unit when the item has one.</param>
    /// <returns>The new or updated item value.</returns>
    public ItemValue SetValue(string itemId, string value, double? numeric, string? unit = null)
    {
        Guard.Id(itemId, $"item id in assessment '{EventId}/{InstrumentId}'");
        var existing = _items.Find(i => i.ItemId == itemId);
        if (existing is null)
        {
            existing = new ItemValue(this, itemId, value, numeric, unit);
            _items.Add(existing);
        }
        else
        {
            existing.Change(value, numeric, unit);
        }

        return existing;
    }

    /// <summary>Sets, replaces or (with a blank text) clears the note; it is kept trimmed.</summary>
    /// <exception cref="DomainRuleException">The trimmed note is longer than <see cref="MaxNoteLength"/> characters.</exception>
    public void SetNote(string? note) =>
        Note = Guard.OptionalText(note, $"note of assessment '{EventId}/{InstrumentId}'", MaxNoteLength);

    /// <summary>Removes the value of one item (e.g. entered against the wrong item); returns false when there was none.</summary>
    public bool RemoveValue(string itemId) => _items.RemoveAll(i => i.ItemId == itemId) > 0;
}
