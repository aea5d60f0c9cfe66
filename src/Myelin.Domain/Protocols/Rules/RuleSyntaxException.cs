namespace Myelin.Domain.Protocols.Rules;

/// <summary>A syntax error in a rule, at an offset in the rule text.</summary>
internal sealed class RuleSyntaxException : Exception
{
    public RuleSyntaxException(string message, int offset)
        : base(message) => Offset = offset;

    public RuleSyntaxException()
    {
    }

    public RuleSyntaxException(string message)
        : base(message)
    {
    }

    public RuleSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Offset { get; }
}
