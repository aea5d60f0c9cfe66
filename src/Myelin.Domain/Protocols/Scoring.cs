using System.Globalization;

namespace Myelin.Domain.Protocols;

/// <summary>Computes instrument scores from item values (pure; no I/O).</summary>
public static class Scoring
{
    /// <summary>
    /// Every score of <paramref name="instrument"/> from numeric item values (item id → value; a missing key or
    /// null is a missing value). An <c>item</c> score is that item's value; a <c>mean_of</c> score is the mean of
    /// the items with values when at least <c>min_items</c> have one, otherwise null with the reason.
    /// </summary>
    public static IReadOnlyList<ScoreResult> Compute(Instrument instrument, IReadOnlyDictionary<string, double?> values)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(values);
        return instrument.Scores.Select(score => Compute(score, values)).ToList();
    }

    /// <summary>
    /// Every score from raw text values as stored or imported; each value is checked with
    /// <see cref="ItemValueValidator"/> and an invalid value throws <see cref="ArgumentException"/> naming it.
    /// </summary>
    public static IReadOnlyList<ScoreResult> Compute(Instrument instrument, IReadOnlyDictionary<string, string?> rawValues)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(rawValues);
        var numbers = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var item in instrument.Items.Where(i => i.IsNumeric))
        {
            rawValues.TryGetValue(item.Id, out var raw);
            var check = ItemValueValidator.Validate(item with { Required = false }, raw);
            numbers[item.Id] = check.IsValid
                ? check.Number
                : throw new ArgumentException($"Instrument '{instrument.Id}': {check.Error}", nameof(rawValues));
        }

        return Compute(instrument, numbers);
    }

    /// <summary>One score by id; throws <see cref="KeyNotFoundException"/> when the instrument has no such score.</summary>
    public static ScoreResult ComputeScore(Instrument instrument, string scoreId, IReadOnlyDictionary<string, double?> values)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(values);
        var score = instrument.FindScore(scoreId)
            ?? throw new KeyNotFoundException($"Instrument '{instrument.Id}' has no score '{scoreId}'; scores: {string.Join(", ", instrument.Scores.Select(s => s.Id))}.");
        return Compute(score, values);
    }

    private static ScoreResult Compute(InstrumentScore score, IReadOnlyDictionary<string, double?> values)
    {
        var present = score.Items
            .Select(id => values.TryGetValue(id, out var v) ? v : null)
            .OfType<double>()
            .ToList();
        if (present.Count >= score.MinItems && present.Count > 0)
        {
            return new ScoreResult(score.Id, present.Average(), present.Count, null);
        }

        var missing = score.Items.Where(id => !values.TryGetValue(id, out var v) || v is null);
        var reason = score.Kind == ScoreKind.Item
            ? $"no value for item '{score.Items[0]}'"
            : string.Create(CultureInfo.InvariantCulture,
                $"{present.Count} of {score.Items.Count} items have values, {score.MinItems} needed; missing: {string.Join(", ", missing)}");
        return new ScoreResult(score.Id, null, present.Count, reason);
    }
}
