namespace Myelin.Domain.Protocols.Rules;

/// <summary>A literal in a rule: a number, a bare word or a quoted string, at an offset in the rule text.</summary>
internal sealed record RuleLiteral(string Text, double? Number, bool Quoted, int Offset);
