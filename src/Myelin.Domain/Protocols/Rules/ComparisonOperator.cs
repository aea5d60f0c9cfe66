namespace Myelin.Domain.Protocols.Rules;

/// <summary>Comparison operators of the rule language.</summary>
internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    In,
    NotIn,
}
