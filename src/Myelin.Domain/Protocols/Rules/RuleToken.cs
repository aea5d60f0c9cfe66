namespace Myelin.Domain.Protocols.Rules;

/// <summary>A token of the rule language at an offset in the rule text.</summary>
internal sealed record RuleToken(RuleTokenKind Kind, string Text, int Offset, double? Number = null);
