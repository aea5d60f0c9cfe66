namespace Myelin.Domain.Protocols.Rules;

/// <summary><c>left and right</c> / <c>left or right</c> with Kleene three-valued logic.</summary>
internal sealed record LogicalRule(bool IsAnd, RuleExpression Left, RuleExpression Right) : RuleExpression
{
    public override IEnumerable<string> ItemIds() => Left.ItemIds().Concat(Right.ItemIds());

    public override Truth Evaluate(Func<string, ItemValueCheck> value)
    {
        var left = Left.Evaluate(value);
        var right = Right.Evaluate(value);
        var dominant = IsAnd ? Truth.False : Truth.True;
        if (left == dominant || right == dominant)
        {
            return dominant;
        }

        return left == Truth.Unknown || right == Truth.Unknown ? Truth.Unknown : left;
    }
}
