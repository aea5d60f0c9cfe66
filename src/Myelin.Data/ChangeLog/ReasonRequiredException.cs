using Myelin.Domain.Records;

namespace Myelin.Data.ChangeLog;

/// <summary>
/// Thrown when a record saved before is changed or removed but <see cref="ChangeActor.Reason"/> is empty:
/// Good Clinical Practice (ICH E6(R3) 2.12, 21 CFR 11.10(e)) asks that every correction says why.
/// The message names the record and the fields. Nothing is saved.
/// </summary>
public sealed class ReasonRequiredException : DomainRuleException
{
    /// <summary>Creates the exception with a message that names the record and fields.</summary>
    public ReasonRequiredException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public ReasonRequiredException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public ReasonRequiredException() : base("A change to a saved record needs a reason.")
    {
    }
}
