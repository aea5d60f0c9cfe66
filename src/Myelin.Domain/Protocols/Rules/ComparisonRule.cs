namespace Myelin.Domain.Protocols.Rules;

/// <summary><c>item op literal</c> or <c>item [not] in [literal, ...]</c>.</summary>
internal sealed record ComparisonRule(string ItemId, int Offset, ComparisonOperator Operator, IReadOnlyList<RuleLiteral> Values)
    : RuleExpression
{
    public override IEnumerable<string> ItemIds() => [ItemId];

    public override Truth Evaluate(Func<string, ItemValueCheck> value)
    {
        var check = value(ItemId);
        if (!check.IsValid || check.IsMissing)
        {
            return Truth.Unknown;
        }

        bool result = Operator switch
        {
            ComparisonOperator.In => Values.Any(v => Matches(check, v)),
            ComparisonOperator.NotIn => !Values.Any(v => Matches(check, v)),
            ComparisonOperator.Equal => Matches(check, Values[0]),
            ComparisonOperator.NotEqual => !Matches(check, Values[0]),
            _ => Compare(check.Number, Values[0].Number),
        };
        return result ? Truth.True : Truth.False;
    }

    private static bool Matches(ItemValueCheck check, RuleLiteral literal) =>
        check.Number is { } number && literal.Number is { } expected
            ? number == expected
            : string.Equals(check.Normalised, literal.Text, StringComparison.Ordinal);

    private bool Compare(double? actual, double? limit)
    {
        if (actual is not { } a || limit is not { } b)
        {
            return false;
        }

        return Operator switch
        {
            ComparisonOperator.Less => a < b,
            ComparisonOperator.LessOrEqual => a <= b,
            ComparisonOperator.Greater => a > b,
            _ => a >= b,
        };
    }
}
