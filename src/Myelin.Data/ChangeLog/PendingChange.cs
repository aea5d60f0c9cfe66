using Microsoft.EntityFrameworkCore.ChangeTracking;
using Myelin.Domain.Records;

namespace Myelin.Data.ChangeLog;

/// <summary>
/// One clinical record's change, captured before saving. Values that the database generates (keys, and foreign
/// keys of new parents) are read after the first save, when they are known.
/// </summary>
internal sealed class PendingChange
{
    private readonly EntityEntry _entry;
    private readonly ChangeKind _kind;
    private readonly string? _keyBefore;
    private readonly IReadOnlyList<(string Field, string? Old)> _before;
    private readonly string _studyId;

    private PendingChange(EntityEntry entry, string studyId, ChangeKind kind, string? keyBefore, IReadOnlyList<(string Field, string? Old)> before)
    {
        _entry = entry;
        _studyId = studyId;
        _kind = kind;
        _keyBefore = keyBefore;
        _before = before;
    }

    public static PendingChange? Capture(EntityEntry entry, Func<EntityEntry, string> studyOf)
    {
        switch (entry.State)
        {
            case Microsoft.EntityFrameworkCore.EntityState.Added:
                return new PendingChange(entry, studyOf(entry), ChangeKind.Added, null, []);
            case Microsoft.EntityFrameworkCore.EntityState.Modified:
                var changed = entry.Properties
                    .Where(p => p.IsModified && Logged(p) && !Equals(p.OriginalValue, p.CurrentValue))
                    .Select(p => (p.Metadata.Name, ChangeValueText.Format(p.OriginalValue)))
                    .ToList();
                return changed.Count == 0 ? null : new PendingChange(entry, studyOf(entry), ChangeKind.Modified, KeyOf(entry), changed);
            case Microsoft.EntityFrameworkCore.EntityState.Deleted:
                var old = entry.Properties
                    .Where(Logged)
                    .Select(p => (p.Metadata.Name, ChangeValueText.Format(p.OriginalValue)))
                    .ToList();
                return new PendingChange(entry, studyOf(entry), ChangeKind.Deleted, KeyOf(entry), old);
            default:
                return null;
        }
    }

    /// <summary>True for a change to a record saved before (a correction or removal), which needs a reason.</summary>
    public bool ChangesSavedData => _kind != ChangeKind.Added;

    /// <summary>The tracked record.</summary>
    public EntityEntry Entry => _entry;

    /// <summary>Whether the record is added, changed or deleted.</summary>
    public ChangeKind Kind => _kind;

    /// <summary>The record and the fields touched, for refusal messages, e.g. <c>participant 'P001' (Status, WithdrawalReason)</c>.</summary>
    public string Describe()
    {
        var record = _entry.Entity switch
        {
            Participant p => $"participant '{p.Code}'",
            ScreeningValue v => $"screening value '{v.ItemId}'{Of(v.Participant)}",
            Assessment a => $"assessment '{a.EventId}/{a.InstrumentId}'{Of(a.Participant)}",
            ItemValue i => $"item '{i.ItemId}'" + (i.Assessment is { } a ? $" of assessment '{a.EventId}/{a.InstrumentId}'{Of(a.Participant)}" : string.Empty),
            _ => $"{_entry.Metadata.ClrType.Name} {_keyBefore ?? KeyOf(_entry)}",
        };
        return _kind == ChangeKind.Modified ? $"{record} ({string.Join(", ", _before.Select(b => b.Field))})" : record;
    }

    private static string Of(Participant? participant) => participant is null ? string.Empty : $" of participant '{participant.Code}'";

    /// <summary>The log rows, read after the records were saved (so generated keys are known).</summary>

    public IEnumerable<ChangeLogEntry> ToEntries(DateTimeOffset at, ChangeActor actor)
    {
        var entity = _entry.Metadata.ClrType.Name;
        switch (_kind)
        {
            case ChangeKind.Added:
                var key = KeyOf(_entry);
                // A new record's empty properties are not logged: "no value" is what a missing row already says.
                foreach (var p in _entry.Properties.Where(p => Logged(p) && p.CurrentValue is not null))
                {
                    yield return ChangeLogEntry.Create(_studyId, at, actor.User, actor.Channel, actor.Reason, entity, key, _kind, p.Metadata.Name, null, ChangeValueText.Format(p.CurrentValue));
                }

                break;
            case ChangeKind.Modified:
                foreach (var (field, old) in _before)
                {
                    var now = ChangeValueText.Format(_entry.Property(field).CurrentValue);
                    yield return ChangeLogEntry.Create(_studyId, at, actor.User, actor.Channel, actor.Reason, entity, _keyBefore!, _kind, field, old, now);
                }

                break;
            default:
                foreach (var (field, old) in _before)
                {
                    yield return ChangeLogEntry.Create(_studyId, at, actor.User, actor.Channel, actor.Reason, entity, _keyBefore!, _kind, field, old, null);
                }

                break;
        }
    }

    // Keys name the record instead; a secret (an allocation key's bytes) is never written down.
    private static bool Logged(PropertyEntry property) =>
        !property.Metadata.IsPrimaryKey() && property.Metadata.FindAnnotation(ChangeLogAnnotations.NotLogged) is null;

    private static string KeyOf(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => ChangeValueText.Format(entry.Property(p.Name).CurrentValue)));
}
