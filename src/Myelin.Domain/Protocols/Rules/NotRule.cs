namespace Myelin.Domain.Protocols.Rules;

/// <summary><c>not operand</c>.</summary>
internal sealed record NotRule(RuleExpression Operand) : RuleExpression
{
    public override IEnumerable<string> ItemIds() => Operand.ItemIds();

    public override Truth Evaluate(Func<string, ItemValueCheck> value) => Operand.Evaluate(value) switch
    {
        Truth.True => Truth.False,
        Truth.False => Truth.True,
        _ => Truth.Unknown,
    };
}
