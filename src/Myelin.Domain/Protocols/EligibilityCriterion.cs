using Myelin.Domain.Protocols.Rules;

namespace Myelin.Domain.Protocols;

/// <summary>One eligibility criterion: a small rule over screening items.</summary>
/// <param name="Id">Criterion id, e.g. <c>etiology</c>.</param>
/// <param name="Label">What the criterion means, e.g. <c>Neuropathy due to B12 deficiency and/or T2DM</c>.</param>
/// <param name="Kind">Inclusion (must be true) or exclusion (must be false).</param>
/// <param name="Rule">The rule text, e.g. <c>baseline_vas &gt;= 4</c>; grammar in docs/protocol.md.</param>
public sealed record EligibilityCriterion(string Id, string Label, CriterionKind Kind, string Rule)
{
    internal RuleExpression Expression { get; init; } = RuleExpression.Empty;

    /// <summary>Screening item ids the rule reads.</summary>
    public IReadOnlyList<string> ItemIds => Expression.ItemIds().Distinct().ToList();
}
