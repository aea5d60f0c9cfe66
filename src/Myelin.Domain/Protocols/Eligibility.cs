using System.Globalization;
using Myelin.Domain.Protocols.Rules;

namespace Myelin.Domain.Protocols;

/// <summary>Decides eligibility from screening values (pure; no I/O).</summary>
public static class Eligibility
{
    /// <summary>
    /// Evaluates every criterion of <paramref name="protocol"/> over <paramref name="screeningValues"/>
    /// (item id → raw value as entered, e.g. <c>"6.5"</c>, <c>"b12"</c>, <c>"no"</c>).
    /// A rule that needs a missing value is <see cref="CriterionStatus.Missing"/> unless the other parts
    /// of the rule decide it (e.g. <c>a or b</c> with <c>a</c> true). A protocol without screening admits everyone.
    /// </summary>
    public static EligibilityResult Evaluate(Protocol protocol, IReadOnlyDictionary<string, string?> screeningValues)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(screeningValues);
        if (protocol.Screening is not { } screening)
        {
            return new EligibilityResult(true, []);
        }

        var instrument = protocol.GetInstrument(screening.Instrument);
        var checks = new Dictionary<string, ItemValueCheck>(StringComparer.Ordinal);
        ItemValueCheck Check(string itemId)
        {
            if (!checks.TryGetValue(itemId, out var check))
            {
                var item = instrument.FindItem(itemId)
                    ?? throw new InvalidOperationException($"Rule reads unknown screening item '{itemId}'.");
                screeningValues.TryGetValue(itemId, out var raw);
                // Presence is judged by the rule, not by the item's required flag: a missing value makes the rule unknown.
                check = ItemValueValidator.Validate(item with { Required = false }, raw);
                checks[itemId] = check;
            }

            return check;
        }

        var outcomes = screening.Criteria.Select(criterion => Decide(criterion, Check)).ToList();
        return new EligibilityResult(outcomes.All(o => o.Status == CriterionStatus.Met), outcomes);
    }

    private static CriterionOutcome Decide(EligibilityCriterion criterion, Func<string, ItemValueCheck> check)
    {
        var items = criterion.ItemIds;
        var invalid = items.Select(check).Where(c => !c.IsValid).ToList();
        if (invalid.Count > 0)
        {
            return new CriterionOutcome(criterion.Id, criterion.Label, CriterionStatus.Invalid,
                $"'{criterion.Rule}' cannot be decided: {string.Join("; ", invalid.Select(c => c.Error))}");
        }

        var truth = criterion.Expression.Evaluate(check);
        if (truth == Truth.Unknown)
        {
            var missing = items.Where(id => check(id).IsMissing);
            return new CriterionOutcome(criterion.Id, criterion.Label, CriterionStatus.Missing,
                $"'{criterion.Rule}' cannot be decided: no value for {string.Join(", ", missing)}");
        }

        var met = criterion.Kind == CriterionKind.Inclusion ? truth == Truth.True : truth == Truth.False;
        if (met)
        {
            return new CriterionOutcome(criterion.Id, criterion.Label, CriterionStatus.Met, null);
        }

        var values = string.Join(", ", items.Select(id => string.Create(CultureInfo.InvariantCulture, $"{id} = {check(id).Normalised ?? "(none)"}")));
        var reason = criterion.Kind == CriterionKind.Inclusion
            ? $"inclusion rule '{criterion.Rule}' is false ({values})"
            : $"exclusion rule '{criterion.Rule}' is true ({values})";
        return new CriterionOutcome(criterion.Id, criterion.Label, CriterionStatus.NotMet, reason);
    }
}
