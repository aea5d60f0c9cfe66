using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Myelin.Domain.Records;

/// <summary>
/// One row of the append-only change log: one property of one clinical record added, changed or deleted,
/// with who, when, how and why. Rows are written by the data layer in the same transaction as the change
/// and are never updated or deleted. Each row carries a hash over its content and the previous row's hash,
/// so that a changed, inserted or removed row breaks the chain (ARCHITECTURE.md: evidence is append-only).
/// </summary>
public sealed class ChangeLogEntry
{
    private ChangeLogEntry(string studyId, DateTimeOffset at, string actor, ChangeChannel via, string? reason, string entity, string entityKey, ChangeKind kind, string field, string? oldValue, string? newValue)
    {
        StudyId = studyId;
        At = at;
        Actor = actor;
        Via = via;
        Reason = reason;
        Entity = entity;
        EntityKey = entityKey;
        Kind = kind;
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
    }

    /// <summary>Database key, increasing in the order the rows were written.</summary>
    public long Id { get; private set; }

    /// <summary>The study whose trail this row belongs to: each study has its own chain.</summary>
    public string StudyId { get; private set; }

    /// <summary>The row's position in its study's chain: 1, 2, 3, … with no gaps. Set by <see cref="Seal"/>.</summary>
    public long Sequence { get; private set; }

    /// <summary>When the change was saved (UTC).</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>Who made it: a user name, <c>diary:&lt;participant&gt;</c> or <c>import:&lt;file&gt;</c>.</summary>
    public string Actor { get; private set; }

    /// <summary>How it arrived.</summary>
    public ChangeChannel Via { get; private set; }

    /// <summary>Why, when a reason was given (required by GCP for corrections, optional for first entry).</summary>
    public string? Reason { get; private set; }

    /// <summary>The record type, e.g. <c>Participant</c> or <c>ItemValue</c>.</summary>
    public string Entity { get; private set; }

    /// <summary>The record's key in the database.</summary>
    public string EntityKey { get; private set; }

    /// <summary>Whether the record was added, modified or deleted.</summary>
    public ChangeKind Kind { get; private set; }

    /// <summary>The property, e.g. <c>Status</c>.</summary>
    public string Field { get; private set; }

    /// <summary>The value before, in invariant text; null for an addition or a null value.</summary>
    public string? OldValue { get; private set; }

    /// <summary>The value after, in invariant text; null for a deletion or a null value.</summary>
    public string? NewValue { get; private set; }

    /// <summary>
    /// SHA-256 (64 lower-case hex digits) of the previous row's hash and this row's content; empty until
    /// <see cref="Seal"/> links the row into the chain.
    /// </summary>
    public string Hash { get; private set; } = string.Empty;

    /// <summary>
    /// Links the row into its study's chain at <paramref name="sequence"/>, after the row whose hash is
    /// <paramref name="previousHash"/> (empty for the first row, sequence 1).
    /// </summary>
    /// <exception cref="DomainRuleException">The row is already sealed or the sequence is below 1.</exception>
    public void Seal(long sequence, string previousHash)
    {
        if (Hash.Length != 0)
        {
            throw new DomainRuleException($"change-log row {Id} is already sealed; a row joins the chain once.");
        }

        if (sequence < 1)
        {
            throw new DomainRuleException($"change-log sequence {sequence} is not allowed; a study's chain starts at 1.");
        }

        Sequence = sequence;
        Hash = ComputeHash(previousHash);
    }

    /// <summary>
    /// The hash this row has when it follows <paramref name="previousHash"/>: SHA-256 over the UTF-8 bytes of the
    /// previous hash, a line feed, and a JSON array of the row's fields (study, sequence, time as
    /// <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>, enums by name, nulls as null).
    /// </summary>
    public string ComputeHash(string previousHash)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        string?[] fields =
        [
            StudyId, Sequence.ToString(CultureInfo.InvariantCulture),
            At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            Actor, Via.ToString(), Reason, Entity, EntityKey, Kind.ToString(), Field, OldValue, NewValue,
        ];
        var content = previousHash + "\n" + JsonSerializer.Serialize(fields);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>
    /// A copy for reading with the old and new values replaced by <paramref name="mask"/> (e.g. a participant's arm shown to
    /// a blinded user). It keeps the id, sequence and hash of this row, which then no longer match the shown content:
    /// the copy is never saved and never verified.
    /// </summary>
    public ChangeLogEntry WithValuesMasked(string mask)
    {
        ArgumentNullException.ThrowIfNull(mask);
        return new ChangeLogEntry(StudyId, At, Actor, Via, Reason, Entity, EntityKey, Kind, Field, OldValue is null ? null : mask, NewValue is null ? null : mask)
        {
            Id = Id,
            Sequence = Sequence,
            Hash = Hash,
        };
    }

    /// <summary>Creates a log row; the data layer calls this while saving.</summary>
    /// <exception cref="DomainRuleException">The time is not UTC or the actor, entity, key or field is empty.</exception>
    public static ChangeLogEntry Create(string studyId, DateTimeOffset at, string actor, ChangeChannel via, string? reason, string entity, string entityKey, ChangeKind kind, string field, string? oldValue, string? newValue) =>
        new(
            Guard.Id(studyId, "study of a change"),
            UtcInstant.Require(at, "change time"),
            Guard.Text(actor, "actor of a change", 200),
            via,
            Guard.OptionalText(reason, "reason of a change"),
            Guard.Text(entity, "entity of a change", 100),
            Guard.Text(entityKey, "entity key of a change", 200),
            kind,
            Guard.Text(field, "field of a change", 100),
            oldValue,
            newValue);
}
