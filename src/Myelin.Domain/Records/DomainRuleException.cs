namespace Myelin.Domain.Records;

/// <summary>
/// Thrown when an operation on a stored record would break a rule of the trial, for example enrolling a
/// participant who is already enrolled. The message names the record, what was attempted and what is allowed.
/// Subclasses name particular refusals (a locked record, a missing reason) so that callers can tell them apart.
/// </summary>
public class DomainRuleException : Exception
{
    /// <summary>Creates the exception with a message that names the record and the rule.</summary>
    public DomainRuleException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public DomainRuleException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message; prefer the constructor that names the rule.</summary>
    public DomainRuleException() : base("A rule of the study records was broken.")
    {
    }
}
