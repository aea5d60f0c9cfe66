using Myelin.Analysis.Data;
using Myelin.Domain.Protocols;

namespace Myelin.Reports.Model;

/// <summary>A laboratory measurement (a decimal or whole-number item of a non-screening instrument) with its values at each visit.</summary>
/// <param name="Instrument">The instrument, e.g. <c>labs</c>.</param>
/// <param name="Item">The item, with its label and unit.</param>
/// <param name="Values">Participant values at every event where the instrument is due.</param>
internal sealed record LabItem(Instrument Instrument, Item Item, ParticipantValues Values)
{
    /// <summary>"Serum vitamin B12 (pg/mL)".</summary>
    public string LabelWithUnit => Item.Unit is { Length: > 0 } unit ? $"{Item.Label} ({unit})" : Item.Label;

    /// <summary>
    /// Every measurement with at least one recorded value, instrument by instrument. Symptom ratings (VAS items and
    /// the primary endpoint's instrument) and the screening form are not labs.
    /// </summary>
    public static IReadOnlyList<LabItem> Find(AnalysisDataset data)
    {
        var protocol = data.Protocol;
        string primary = protocol.PrimaryEndpoint.Instrument;
        string? screening = protocol.Screening?.Instrument;
        var labs = new List<LabItem>();
        foreach (var instrument in protocol.Instruments)
        {
            if (instrument.Id == primary || instrument.Id == screening || !protocol.Schedule.Events.Any(e => e.HasInstrument(instrument.Id)))
            {
                continue;
            }

            foreach (var item in instrument.Items.Where(i => i.Type is ItemType.DecimalNumber or ItemType.WholeNumber))
            {
                var values = ParticipantValues.Read(data, instrument.Id, item.Id);
                if (values.ByEvent.Any(column => column.Any(v => !double.IsNaN(v))))
                {
                    labs.Add(new LabItem(instrument, item, values));
                }
            }
        }

        return labs;
    }
}
