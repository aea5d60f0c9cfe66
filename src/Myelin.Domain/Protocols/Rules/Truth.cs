namespace Myelin.Domain.Protocols.Rules;

/// <summary>Three-valued logic: a rule over a missing value is unknown, not false.</summary>
internal enum Truth
{
    False,
    True,
    Unknown,
}
