using Myelin.Domain.Protocols;

namespace Myelin.Analysis.Data;

/// <summary>
/// The analysis dataset of a study: every enrolled participant with their arm, stratum, etiology, disposition,
/// enrolment date and adherence, and every recorded value (participant × event × instrument × item), checked
/// against the protocol. Values are held in dense arrays, one row per participant, so that a study of 100,000
/// participants costs a few hundred megabytes and no object per value.
/// </summary>
public sealed class AnalysisDataset
{
    private readonly DatasetLayout _layout;
    private readonly ObservationStore _store;
    private readonly bool[] _withoutBaseline;

    internal AnalysisDataset(
        DatasetLayout layout,
        ObservationStore store,
        IReadOnlyList<AnalysisParticipant> participants,
        IReadOnlyList<DataProblem> problems,
        bool[] withoutBaseline,
        VariableRef? baselineVariable)
    {
        _layout = layout;
        _store = store;
        Participants = participants;
        Problems = problems;
        _withoutBaseline = withoutBaseline;
        BaselineVariable = baselineVariable;
    }

    /// <summary>The protocol the data were checked against.</summary>
    public Protocol Protocol => _layout.Protocol;

    /// <summary>Every participant, in order of first appearance (or of the facts given).</summary>
    public IReadOnlyList<AnalysisParticipant> Participants { get; }

    /// <summary>Every problem found, ordered by line; rows with a problem were not stored.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    /// <summary>True when every row fits the protocol and every participant has a baseline.</summary>
    public bool IsValid => Problems.Count == 0;

    internal DatasetLayout Layout => _layout;

    internal ObservationStore Store => _store;

    internal VariableRef? BaselineVariable { get; }

    /// <summary>True when the participant has no value of the primary endpoint at its baseline event.</summary>
    public bool LacksBaseline(int participant) => _withoutBaseline[participant];

    /// <summary>
    /// Builds the dataset from rows of the long CSV or the database, checking each row against the protocol.
    /// </summary>
    /// <param name="protocol">The validated protocol.</param>
    /// <param name="rows">The rows, read once, in any order.</param>
    /// <param name="participants">
    /// What the database knows of each enrolled participant (disposition, enrolment date, doses). When null (the
    /// long CSV), participants are those with rows; the arm of a single-arm study is its one arm; a missing stratum
    /// is derived from the severity bands at the stratification event; the etiology is the screening value of the
    /// etiology item; a participant counts as completed when they have any value at the schedule's last event and as
    /// enrolled otherwise; enrolment date and doses are unknown.
    /// </param>
    /// <returns>The dataset with every problem listed; rows with problems are left out.</returns>
    public static AnalysisDataset FromRows(Protocol protocol, IEnumerable<ObservationRow> rows, IEnumerable<ParticipantFacts>? participants = null)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(rows);
        var builder = new DatasetBuilder(protocol);
        if (participants is not null)
        {
            builder.AddFacts(participants);
        }

        foreach (var row in rows)
        {
            builder.Add(row);
        }

        return builder.Build();
    }

    /// <summary>The numeric value of an item, or NaN when not recorded (or not numeric, or not due at the event).</summary>
    public double Value(int participant, string eventId, string instrumentId, string itemId)
    {
        int e = _layout.EventIndex(eventId);
        int slot = e < 0 ? -1 : _layout.NumericSlot(e, instrumentId, itemId);
        return slot < 0 ? double.NaN : _store.Value(participant, slot);
    }

    /// <summary>The text value of a non-numeric item (e.g. a choice code), or null.</summary>
    public string? Text(int participant, string eventId, string instrumentId, string itemId)
    {
        int e = _layout.EventIndex(eventId);
        int slot = e < 0 ? -1 : _layout.TextSlot(e, instrumentId, itemId);
        return slot < 0 ? null : _store.Text(participant, slot);
    }

    /// <summary>
    /// The value of a score (or numeric item) of an instrument at an event for every participant; NaN where it
    /// cannot be computed.
    /// </summary>
    /// <exception cref="ArgumentException">The instrument has no such score or numeric item, or the event is unknown.</exception>
    public double[] Column(string instrumentId, string variableId, string eventId)
    {
        var variable = VariableRef.Resolve(Protocol, instrumentId, variableId)
            ?? throw new ArgumentException($"instrument '{instrumentId}' has no score or numeric item '{variableId}'", nameof(variableId));
        int e = _layout.EventIndex(eventId);
        if (e < 0)
        {
            throw new ArgumentException($"'{eventId}' is not an event of '{Protocol.Study.Id}'", nameof(eventId));
        }

        var values = new double[Participants.Count];
        FillColumn(variable, e, values, null);
        return values;
    }

    /// <summary>
    /// Fills <paramref name="values"/> with the variable at event <paramref name="e"/> (NaN when missing) and, when
    /// given, <paramref name="days"/> with the latest recording day of the items used.
    /// </summary>
    internal void FillColumn(VariableRef variable, int e, double[] values, int[]? days)
    {
        int k = variable.Items.Count;
        Span<int> slots = stackalloc int[k];
        bool any = false;
        for (int j = 0; j < k; j++)
        {
            slots[j] = _layout.NumericSlot(e, variable.Instrument, variable.Items[j]);
            any |= slots[j] >= 0;
        }

        int n = Participants.Count;
        if (!any)
        {
            Array.Fill(values, double.NaN, 0, n);
            if (days is not null)
            {
                Array.Fill(days, ObservationStore.NoDay, 0, n);
            }

            return;
        }

        for (int p = 0; p < n; p++)
        {
            double sum = 0;
            int count = 0, day = ObservationStore.NoDay;
            for (int j = 0; j < k; j++)
            {
                if (slots[j] < 0)
                {
                    continue;
                }

                double v = _store.Value(p, slots[j]);
                if (!double.IsNaN(v))
                {
                    sum += v;
                    count++;
                    day = Math.Max(day, _store.Day(p, slots[j]));
                }
            }

            values[p] = count >= variable.MinItems ? (variable.IsMean ? sum / count : sum) : double.NaN;
            if (days is not null)
            {
                days[p] = count >= variable.MinItems ? day : ObservationStore.NoDay;
            }
        }
    }
}
