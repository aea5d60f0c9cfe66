using System.Globalization;

namespace Myelin.Domain.Records;

/// <summary>
/// Whether one scheduled dose was taken: participant × date × slot is unique. The slot is <c>morning</c>,
/// <c>evening</c>, or a dose number (<c>1</c>, <c>2</c>, ...) for regimens not tied to a time of day.
/// </summary>
public sealed class DoseRecord
{
    /// <summary>The slot of a morning dose (e.g. MK-7 100 mcg twice a day).</summary>
    public const string Morning = "morning";

    /// <summary>The slot of an evening dose.</summary>
    public const string Evening = "evening";

    // For EF: it sets the properties itself.
    private DoseRecord()
    {
        Slot = RecordedBy = string.Empty;
        Participant = null!;
    }

    private DoseRecord(Participant participant, DateOnly date, string slot, bool taken, string recordedBy, DateTimeOffset recordedAt)
    {
        Participant = participant;
        ParticipantId = participant.Id;
        Date = date;
        Slot = slot;
        Taken = taken;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    /// <summary>Database key; 0 until saved.</summary>
    public long Id { get; private set; }

    /// <summary>The participant's database key.</summary>
    public long ParticipantId { get; private set; }

    /// <summary>The participant.</summary>
    public Participant Participant { get; private set; }

    /// <summary>The day the dose was due.</summary>
    public DateOnly Date { get; private set; }

    /// <summary><c>morning</c>, <c>evening</c> or a dose number.</summary>
    public string Slot { get; private set; }

    /// <summary>Whether the dose was taken.</summary>
    public bool Taken { get; private set; }

    /// <summary>Who recorded it (user name, <c>diary:&lt;participant&gt;</c> or <c>import:&lt;file&gt;</c>).</summary>
    public string RecordedBy { get; private set; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Records whether one dose was taken.</summary>
    /// <exception cref="DomainRuleException">The slot is not morning, evening or a positive dose number, or the time is not UTC.</exception>
    public static DoseRecord Record(Participant participant, DateOnly date, string slot, bool taken, string recordedBy, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var where = $"dose of participant '{participant.Code}' on {date:yyyy-MM-dd}";
        return new DoseRecord(
            participant,
            date,
            CheckSlot(slot, where),
            taken,
            Guard.Text(recordedBy, $"'recorded by' of {where}", 200),
            UtcInstant.Require(recordedAt, $"recording time of {where}"));
    }

    /// <summary>Corrects whether the dose was taken; who and when are replaced, the change log keeps the old values.</summary>
    public void Correct(bool taken, string recordedBy, DateTimeOffset recordedAt)
    {
        var where = $"dose of participant '{Participant?.Code ?? ParticipantId.ToString(CultureInfo.InvariantCulture)}' on {Date:yyyy-MM-dd}";
        RecordedAt = UtcInstant.Require(recordedAt, $"recording time of {where}");
        RecordedBy = Guard.Text(recordedBy, $"'recorded by' of {where}", 200);
        Taken = taken;
    }

    private static string CheckSlot(string slot, string where)
    {
        if (slot is Morning or Evening)
        {
            return slot;
        }

        if (int.TryParse(slot, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && slot[0] != '0')
        {
            return slot;
        }

        throw new DomainRuleException($"slot '{slot}' of {where} is not allowed; use '{Morning}', '{Evening}' or a dose number 1, 2, ...");
    }
}
