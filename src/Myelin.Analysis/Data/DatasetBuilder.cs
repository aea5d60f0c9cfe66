using Myelin.Domain.Protocols;

namespace Myelin.Analysis.Data;

/// <summary>Checks rows against the protocol and fills the dense store; one pass, no object per value.</summary>
internal sealed class DatasetBuilder
{
    private readonly Protocol _protocol;
    private readonly DatasetLayout _layout;
    private readonly ObservationStore _store;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<ParticipantDraft> _drafts = [];
    private readonly List<DataProblem> _problems = [];
    private readonly HashSet<string> _armCodes;
    private readonly HashSet<string>? _stratumCodes;
    private bool _hasFacts;
    private string? _lastCode;
    private int _lastIndex;

    public DatasetBuilder(Protocol protocol)
    {
        _protocol = protocol;
        _layout = new DatasetLayout(protocol);
        _store = new ObservationStore(_layout.NumericCount, _layout.TextCount);
        _armCodes = protocol.Arms.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        _stratumCodes = protocol.Stratification?.Severity?.Bands.Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
    }

    public void AddFacts(IEnumerable<ParticipantFacts> facts)
    {
        _hasFacts = true;
        foreach (var f in facts)
        {
            if (_index.ContainsKey(f.Code))
            {
                throw new ArgumentException($"participant '{f.Code}' is given twice", nameof(facts));
            }

            var draft = Draft(f.Code, 0);
            draft.Facts = f;
            draft.Site = f.Site;
            draft.Arm = f.Arm;
            draft.Stratum = f.Stratum;
        }
    }

    public void Add(in ObservationRow row)
    {
        string code = row.Participant?.Trim() ?? string.Empty;
        if (code.Length == 0)
        {
            Problem(row.Line, string.Empty, "participant", "the participant code is empty");
            return;
        }

        // Rows usually come participant by participant: skip the dictionary while the code stays the same.
        int p;
        if (_lastCode is not null && string.Equals(code, _lastCode, StringComparison.Ordinal))
        {
            p = _lastIndex;
        }
        else if (!_index.TryGetValue(code, out p))
        {
            if (_hasFacts)
            {
                Problem(row.Line, code, "participant", $"'{code}' is not an enrolled participant of study '{_protocol.Study.Id}'");
                return;
            }

            p = Draft(code, row.Line).Index;
        }

        _lastCode = code;
        _lastIndex = p;
        var draft = _drafts[p];
        if (draft.FirstLine == 0 || (row.Line > 0 && row.Line < draft.FirstLine))
        {
            draft.FirstLine = row.Line;
        }

        if (!Agrees(row, draft, "site", row.Site, ref draft.Site, null)
            || !Agrees(row, draft, "arm", row.Arm, ref draft.Arm, _armCodes)
            || !Agrees(row, draft, "stratum", row.Stratum, ref draft.Stratum, _stratumCodes))
        {
            return;
        }

        if (!_layout.TryResolve(row.Event, row.Instrument, row.Item, out var slot, out string column, out string error))
        {
            Problem(row.Line, code, column, error);
            return;
        }

        double number = double.NaN;
        string? text = null;
        if (!(slot.Numeric && FastNumber.TryRead(slot.Item, row.Value, out number)))
        {
            // The Domain's validator decides and words the problem; the fast path above only accepts what it accepts.
            var check = slot.Item.Validate(row.Value);
            if (!check.IsValid || check.IsMissing)
            {
                Problem(row.Line, code, "value", check.Error ?? $"a value is required for '{slot.Item.Id}'");
                return;
            }

            number = check.Number ?? double.NaN;
            text = check.Normalised;
        }

        int earlier = _store.Line(p, slot.Index, slot.Numeric);
        if (earlier != 0 || (slot.Numeric ? !double.IsNaN(_store.Value(p, slot.Index)) : _store.Text(p, slot.Index) is not null))
        {
            Problem(row.Line, code, "item",
                $"a second value of '{row.Instrument}/{row.Item}' at '{row.Event}' for '{code}'" + (earlier > 0 ? $"; the first is on line {earlier}" : string.Empty));
            return;
        }

        if (slot.Numeric)
        {
            _store.SetNumeric(p, slot.Index, number, DateOnly.FromDateTime(row.RecordedAt.UtcDateTime).DayNumber, row.Line);
        }
        else
        {
            _store.SetText(p, slot.Index, text, row.Line);
        }
    }

    public AnalysisDataset Build()
    {
        var primary = _protocol.Endpoints.FirstOrDefault(e => e.Role == EndpointRole.Primary);
        var baseline = primary is null ? null : VariableRef.Resolve(_protocol, primary.Instrument, primary.Variable);
        int baselineEvent = primary is null ? -1 : _layout.EventIndex(primary.FromEvent);
        int n = _drafts.Count;
        var baselineValues = new double[n];
        var participants = new AnalysisParticipant[n];
        var without = new bool[n];
        var dataset = new AnalysisDataset(_layout, _store, participants, _problems, without, baseline);

        // The stratum derivation and the baseline check read values through the dataset, so fill participants first.
        for (int p = 0; p < n; p++)
        {
            participants[p] = Describe(_drafts[p], null);
        }

        double[]? severity = SeverityColumn(dataset);
        if (baseline is not null && baselineEvent >= 0)
        {
            dataset.FillColumn(baseline, baselineEvent, baselineValues, null);
        }

        int lastEvent = _protocol.Schedule.Events.Count - 1;
        for (int p = 0; p < n; p++)
        {
            participants[p] = Describe(_drafts[p], severity is null ? null : severity[p]) with
            {
                Disposition = _drafts[p].Facts?.Disposition ?? (HasAnyValueAt(p, lastEvent) ? ParticipantDisposition.Completed : ParticipantDisposition.Enrolled),
            };
            if (baseline is not null && baselineEvent >= 0 && double.IsNaN(baselineValues[p]))
            {
                without[p] = true;
                _problems.Add(new DataProblem(_drafts[p].FirstLine, _drafts[p].Code, "participant",
                    $"participant '{_drafts[p].Code}' has no baseline: no value of '{primary!.Instrument}/{baseline.Id}' at '{primary.FromEvent}'",
                    ExcludesParticipant: true));
            }
        }

        _problems.Sort((a, b) => a.Line.CompareTo(b.Line));
        return dataset;
    }

    private AnalysisParticipant Describe(ParticipantDraft d, double? severityScore)
    {
        var facts = d.Facts;
        string? arm = d.Arm ?? (_protocol.Arms.Count == 1 ? _protocol.Arms[0].Code : null);
        string? stratum = d.Stratum;
        if (stratum is null && severityScore is { } score && !double.IsNaN(score))
        {
            stratum = _protocol.Stratification!.Severity!.Bands.FirstOrDefault(b => b.Contains(score))?.Code;
        }

        return new AnalysisParticipant(
            d.Index, d.Code, d.Site ?? string.Empty, arm, stratum, EtiologyOf(d, facts),
            facts?.Disposition ?? ParticipantDisposition.Enrolled, facts?.EnrolledOn, facts?.DosesTaken, facts?.DosesExpected, d.FirstLine);
    }

    private string? EtiologyOf(ParticipantDraft d, ParticipantFacts? facts)
    {
        var stratification = _protocol.Stratification?.Etiology;
        string? raw = facts?.Etiology;
        if (raw is null && stratification is not null && _protocol.Screening is { } screening)
        {
            int slot = _layout.TextSlot(_layout.ScreeningEvent, screening.Instrument, stratification.Item);
            raw = slot < 0 ? null : _store.Text(d.Index, slot);
        }

        if (raw is null || stratification is null)
        {
            return raw;
        }

        // Group by the protocol's etiology strata; a code no stratum gathers (or a stratum code itself) stays as given.
        return stratification.Strata.FirstOrDefault(s => s.Values.Contains(raw))?.Code ?? raw;
    }

    private double[]? SeverityColumn(AnalysisDataset dataset)
    {
        var severity = _protocol.Stratification?.Severity;
        if (severity is null || _drafts.TrueForAll(d => d.Stratum is not null))
        {
            return null;
        }

        var variable = VariableRef.Resolve(_protocol, severity.Instrument, severity.Score);
        int e = _layout.EventIndex(severity.Event);
        if (variable is null || e < 0)
        {
            return null;
        }

        var values = new double[_drafts.Count];
        dataset.FillColumn(variable, e, values, null);
        return values;
    }

    private bool HasAnyValueAt(int p, int e)
    {
        if (e < 0)
        {
            return false;
        }

        var slots = _layout.NumericSlots;
        for (int s = 0; s < slots.Count; s++)
        {
            if (slots[s].Event == e && !double.IsNaN(_store.Value(p, s)))
            {
                return true;
            }
        }

        var texts = _layout.TextSlots;
        for (int s = 0; s < texts.Count; s++)
        {
            if (texts[s].Event == e && _store.Text(p, s) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private bool Agrees(in ObservationRow row, ParticipantDraft draft, string column, string? given, ref string? known, HashSet<string>? allowed)
    {
        if (known is not null && string.Equals(given, known, StringComparison.Ordinal))
        {
            return true;
        }

        string? value = string.IsNullOrWhiteSpace(given) ? null : given.Trim();
        if (value is null)
        {
            return true;
        }

        if (allowed is not null && !allowed.Contains(value))
        {
            Problem(row.Line, draft.Code, column, $"'{value}' is not a {column} code of '{_protocol.Study.Id}'; allowed: {string.Join(", ", allowed)}");
            return false;
        }

        if (allowed is null && column == "stratum")
        {
            Problem(row.Line, draft.Code, column, $"'{value}' is given but '{_protocol.Study.Id}' has no severity strata");
            return false;
        }

        if (known is null)
        {
            known = value;
            return true;
        }

        if (!string.Equals(known, value, StringComparison.Ordinal))
        {
            Problem(row.Line, draft.Code, column, $"'{value}' differs from '{known}' given earlier for participant '{draft.Code}'");
            return false;
        }

        return true;
    }

    private ParticipantDraft Draft(string code, int line)
    {
        var draft = new ParticipantDraft(_drafts.Count, code) { FirstLine = line };
        _index[code] = draft.Index;
        _drafts.Add(draft);
        _store.Ensure(draft.Index);
        return draft;
    }

    private void Problem(int line, string participant, string column, string message) =>
        _problems.Add(new DataProblem(line, participant, column, message));

    private sealed class ParticipantDraft(int index, string code)
    {
        public int Index { get; } = index;

        public string Code { get; } = code;

        public int FirstLine { get; set; }

        public ParticipantFacts? Facts { get; set; }

#pragma warning disable SA1401, CA1051 // passed by ref while checking rows
        public string? Site;
        public string? Arm;
        public string? Stratum;
#pragma warning restore SA1401, CA1051
    }
}
