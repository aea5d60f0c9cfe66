namespace Myelin.Domain.Protocols.Rules;

/// <summary>A parsed eligibility rule (grammar in docs/protocol.md).</summary>
internal abstract record RuleExpression
{
    /// <summary>A rule that is always true; stands in for a rule that failed to parse.</summary>
    public static RuleExpression Empty { get; } = new ConstantRule();

    /// <summary>Item ids read by the rule, in order of appearance.</summary>
    public abstract IEnumerable<string> ItemIds();

    /// <summary>Evaluates the rule; <paramref name="value"/> gives each item's checked value.</summary>
    public abstract Truth Evaluate(Func<string, ItemValueCheck> value);

    private sealed record ConstantRule : RuleExpression
    {
        public override IEnumerable<string> ItemIds() => [];

        public override Truth Evaluate(Func<string, ItemValueCheck> value) => Truth.True;
    }
}
