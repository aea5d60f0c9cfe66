using Myelin.Domain.Protocols;

namespace Myelin.Domain.Simulation;

/// <summary>What the simulation rates and when: the primary endpoint's instrument, its overall item, the symptom items.</summary>
internal sealed record RatingPlan(
    string Instrument,
    string? OverallItem,
    IReadOnlyList<Item> SymptomItems,
    Item ScaleItem,
    string BaselineEvent,
    int BaselineDay,
    string PrimaryEvent,
    double TreatmentWeeks)
{
    public static RatingPlan For(Protocol protocol)
    {
        var endpoint = protocol.PrimaryEndpoint;
        var instrument = protocol.GetInstrument(endpoint.Instrument);
        var overall = instrument.FindItem(endpoint.Variable) is { } direct
            ? direct.Id
            : instrument.FindScore(endpoint.Variable) is { Kind: ScoreKind.Item } score ? score.Items[0] : null;
        var symptoms = instrument.Items.Where(i => i.IsNumeric && i.Id != overall).ToList();
        var scale = (overall is null ? null : instrument.FindItem(overall)) ?? symptoms.FirstOrDefault()
            ?? throw new InvalidOperationException($"instrument '{instrument.Id}' has no numeric item to simulate");
        var baselineDay = protocol.FindEvent(endpoint.FromEvent)?.Day ?? 0;
        var weeks = Math.Max(1, (protocol.Schedule.Treatment.EndDay - baselineDay) / 7.0);
        return new RatingPlan(instrument.Id, overall, symptoms, scale, endpoint.FromEvent, baselineDay, endpoint.ToEvent, weeks);
    }

    /// <summary>Rounds to the overall scale's step, inside its range.</summary>
    public double RoundToScale(double value) => ItemRounding.Round(ScaleItem, value);
}
