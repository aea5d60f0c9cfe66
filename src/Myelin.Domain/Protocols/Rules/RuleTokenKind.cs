namespace Myelin.Domain.Protocols.Rules;

internal enum RuleTokenKind
{
    Word,
    Number,
    QuotedString,
    Operator,
    OpenBracket,
    CloseBracket,
    OpenParen,
    CloseParen,
    Comma,
    End,
}
