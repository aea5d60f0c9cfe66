using Myelin.Domain.Records;

namespace Myelin.Data.Locking;

/// <summary>
/// Thrown when a save would change data covered by an active <see cref="RecordLock"/>. The message says what is locked,
/// since when and by whom, which record was refused, and that it must be unlocked first, with a reason. Nothing is saved.
/// </summary>
public sealed class RecordLockedException : DomainRuleException
{
    /// <summary>Creates the exception for a lock and the record it refused.</summary>
    public RecordLockedException(RecordLock recordLock, string record)
        : base($"{recordLock?.Describe()}: {record} cannot be changed; unlock it first, with a reason.")
    {
        ArgumentNullException.ThrowIfNull(recordLock);
        LockId = recordLock.Id;
    }

    /// <summary>Creates the exception with a message.</summary>
    public RecordLockedException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public RecordLockedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public RecordLockedException() : base("The record is locked; unlock it first, with a reason.")
    {
    }

    /// <summary>The database id of the lock that refused the change; 0 when not known.</summary>
    public long LockId { get; }
}
