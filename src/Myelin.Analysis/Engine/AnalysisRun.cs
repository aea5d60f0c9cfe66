using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Myelin.Analysis.Data;
using Myelin.Analysis.Results;
using Myelin.Domain.Protocols;

namespace Myelin.Analysis.Engine;

/// <summary>
/// One run of the analysis: columns are read once per (variable, event) and groups are formed once. The parts of the
/// analysis (endpoints, time course, symptom items, sensitivity analyses) are independent and run in parallel; each
/// shared column or endpoint result is computed once, by whichever part needs it first, so the results do not depend
/// on the order in which the parts run.
/// </summary>
internal sealed class AnalysisRun
{
    private readonly Protocol _protocol;
    private readonly AnalysisDataset _data;
    private readonly AnalysisOptions _options;
    private readonly ConcurrentDictionary<(string, string, string), Lazy<double[]>> _columns = [];
    private readonly ConcurrentDictionary<(EndpointAnalyzer, string, string, string, string, string, string), Lazy<EndpointResult>> _results = [];

    public AnalysisRun(Protocol protocol, AnalysisDataset data, AnalysisOptions options)
    {
        _protocol = protocol;
        _data = data;
        _options = options;
    }

    public AnalysisResult Execute()
    {
        int n = _data.Participants.Count;
        var included = new bool[n];
        for (int p = 0; p < n; p++)
        {
            included[p] = !_data.LacksBaseline(p);
        }

        double conf = _options.ConfLevel;
        var populations = Populations.Build(_protocol, _data, included, _options.AdherenceThreshold);
        var groupings = Groupings.Build(_protocol, _data, included);
        var analyzer = new EndpointAnalyzer(groupings, conf);
        var specs = _protocol.Endpoints.OrderBy(e => e.Role).Select(Spec).ToList();
        var primary = specs[0];
        List<EndpointResult> endpoints = [];
        List<TimeCourseResult> timeCourse = [];
        SymptomItemsResult? symptomItems = null;
        List<SensitivityResult> sensitivity = [];
        EndpointResult? offTreatment = null;
        Action[] parts =
        [
            () => endpoints = specs.Select(s => Analyze(analyzer, s, Populations.AllEnrolled, "observed-cases")).ToList(),

            // Single symptom items of the primary instrument are covered by symptom_items; their weekly course would
            // multiply the work of a large study without serving the report, so the time course keeps the scores.
            () => timeCourse = specs
                .Where(s => s == specs[0] || !s.IsItem || s.Instrument != specs[0].Instrument)
                .DistinctBy(s => (s.Instrument, s.Variable))
                .Select(s => TimeCourse.Build(_data, s.Ref, s.FromEvent, groupings, conf))
                .ToList(),
            () => symptomItems = _options.SymptomItems ? SymptomItems(analyzer, primary) : null,
            () => sensitivity = Sensitivity(primary, populations, groupings),
            () => offTreatment = OffTreatment(analyzer, primary),
        ];
        var failures = new Exception?[parts.Length];
        Parallel.For(0, parts.Length, i =>
        {
            try
            {
                parts[i]();
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        });

        // The failure the parts would have met first when run one after the other.
        if (Array.Find(failures, f => f is not null) is { } failure)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return new AnalysisResult(
            AnalysisResult.SchemaId,
            new StudyInfo(_protocol.Study.Id, _protocol.Study.Title, _protocol.Study.ProtocolVersion,
                _protocol.Study.Design.Kind == DesignKind.Randomised ? "randomised" : "single-arm-open-label",
                _protocol.Arms.Select(a => a.Code).ToList()),
            new AnalysisSettings(conf, Populations.AllEnrolled, "observed-cases", _options.AdherenceThreshold, _options.Imputations,
                _options.Seed, _options.SkipInvalid, Software()),
            populations.Select(p => p.Result).ToList(),
            endpoints,
            timeCourse,
            symptomItems,
            sensitivity,
            offTreatment,
            _options.SkipInvalid ? _data.Problems : []);
    }

    /// <summary>
    /// Analyses an endpoint; endpoints that read the same variable between the same events (a change, a percent
    /// change and responder endpoints often do) share one computation and differ only in id, label and role.
    /// </summary>
    private EndpointResult Analyze(EndpointAnalyzer analyzer, EndpointSpec spec, string population, string missing)
    {
        var key = (analyzer, spec.Instrument, spec.Variable, spec.FromEvent, spec.ToEvent, population, missing);
        var result = _results.GetOrAdd(key, _ => new Lazy<EndpointResult>(
            () => analyzer.Analyze(spec, Column(spec.Ref, spec.FromEvent), Column(spec.Ref, spec.ToEvent), population, missing))).Value;

        return result with { Id = spec.Id, Label = spec.Label, Role = spec.Role };
    }

    private EndpointSpec Spec(Endpoint e)
    {
        var variable = VariableRef.Resolve(_protocol, e.Instrument, e.Variable)
            ?? throw new ArgumentException($"endpoint '{e.Id}': instrument '{e.Instrument}' has no score or numeric item '{e.Variable}'");
        return new EndpointSpec(e.Id, e.Label, Role(e.Role), e.Instrument, e.Variable, e.FromEvent, e.ToEvent, variable, e.Item is not null);
    }

    private static string Role(EndpointRole role) => role switch
    {
        EndpointRole.Primary => "primary",
        EndpointRole.Secondary => "secondary",
        _ => "exploratory",
    };

    private double[] Column(VariableRef variable, string eventId)
    {
        return _columns.GetOrAdd((variable.Instrument, variable.Id, eventId), _ => new Lazy<double[]>(() =>
        {
            int e = _data.Layout.EventIndex(eventId);
            if (e < 0)
            {
                throw new ArgumentException($"'{eventId}' is not an event of the schedule of '{_protocol.Study.Id}'");
            }

            var column = new double[_data.Participants.Count];
            _data.FillColumn(variable, e, column, null);
            return column;
        })).Value;
    }

    private SymptomItemsResult? SymptomItems(EndpointAnalyzer analyzer, EndpointSpec primary)
    {
        var instrument = _protocol.GetInstrument(primary.Instrument);
        var exclude = primary.Ref.IsMean ? [] : primary.Ref.Items;
        var items = instrument.Items.Where(i => i.IsNumeric && !exclude.Contains(i.Id)).ToList();
        if (items.Count == 0)
        {
            return null;
        }

        var results = items.Select(item =>
        {
            var variable = VariableRef.Resolve(_protocol, instrument.Id, item.Id)!;
            var spec = new EndpointSpec($"item-{item.Id}", item.Label, "secondary", instrument.Id, item.Id, primary.FromEvent, primary.ToEvent, variable);
            return Analyze(analyzer, spec, Populations.AllEnrolled, "observed-cases");
        }).ToList();

        double[] Adjust(Func<GroupResult, double?> p)
        {
            var raw = results.Select(r => p(r.Groups[0]) ?? double.NaN).ToArray();
            return Inference.Holm(raw);
        }

        var tHolm = Adjust(g => g.PairedT.PValue);
        var rankHolm = Adjust(g => g.SignedRank.PValue);
        var list = results.Select((r, i) => new SymptomItemResult(
            items[i].Id, items[i].Label, r,
            r.Groups[0].PairedT.PValue, Nullable(tHolm[i]),
            r.Groups[0].SignedRank.PValue, Nullable(rankHolm[i]))).ToList();
        return new SymptomItemsResult(instrument.Id, primary.FromEvent, primary.ToEvent, "holm", list);
    }

    private List<SensitivityResult> Sensitivity(EndpointSpec primary, (bool[] Mask, PopulationResult Result)[] populations, IReadOnlyList<Grouping> groupings)
    {
        double conf = _options.ConfLevel;
        var result = new List<SensitivityResult>();
        foreach (var (mask, population) in populations.Skip(1))
        {
            var analyzer = new EndpointAnalyzer(Groupings.Build(_protocol, _data, mask), conf);
            result.Add(new SensitivityResult(population.Id, $"{population.Label} population, observed cases", population.Id, "observed-cases",
                Analyze(analyzer, primary, population.Id, "observed-cases"), null));
        }

        var baseline = Column(primary.Ref, primary.FromEvent);
        var locf = Locf(primary);
        result.Add(new SensitivityResult("locf", "All enrolled, last observation carried forward", Populations.AllEnrolled, "locf",
            new EndpointAnalyzer(groupings, conf).Analyze(primary, baseline, locf, Populations.AllEnrolled, "locf"), null));

        if (_options.Imputations > 0)
        {
            var imputation = MultipleImputation.Run(primary.Id, baseline, Column(primary.Ref, primary.ToEvent), groupings,
                _options.Imputations, _options.Seed, conf);
            result.Add(new SensitivityResult("multiple-imputation",
                $"All enrolled, {_options.Imputations} imputations of the missing follow-up values from baseline, per arm, pooled by Rubin's rules",
                Populations.AllEnrolled, "multiple-imputation", null, imputation));
        }

        return result;
    }

    /// <summary>The follow-up value, or else the last earlier value from the baseline event on (baseline included).</summary>
    private double[] Locf(EndpointSpec spec)
    {
        var events = _protocol.Schedule.Events;
        int from = events.ToList().FindIndex(e => e.Id == spec.FromEvent);
        int to = events.ToList().FindIndex(e => e.Id == spec.ToEvent);
        var result = (double[])Column(spec.Ref, spec.ToEvent).Clone();
        for (int e = to - 1; e >= from && e >= 0; e--)
        {
            if (!events[e].HasInstrument(spec.Instrument))
            {
                continue;
            }

            var earlier = Column(spec.Ref, events[e].Id);
            for (int p = 0; p < result.Length; p++)
            {
                if (double.IsNaN(result[p]))
                {
                    result[p] = earlier[p];
                }
            }
        }

        return result;
    }

    private EndpointResult? OffTreatment(EndpointAnalyzer analyzer, EndpointSpec primary)
    {
        if (_protocol.Schedule.FollowUp is null)
        {
            return null;
        }

        var due = _protocol.Schedule.Events.Where(e => e.HasInstrument(primary.Instrument)).ToList();
        var endOfTreatment = due.LastOrDefault(e => e.Period == PeriodKind.Treatment);
        var endOfFollowUp = due.LastOrDefault(e => e.Period == PeriodKind.FollowUp);
        if (endOfTreatment is null || endOfFollowUp is null)
        {
            return null;
        }

        var spec = primary with
        {
            Id = "off-treatment-change",
            Label = $"{primary.Ref.Label}: change from the end of treatment ({endOfTreatment.Id}) to the end of follow-up ({endOfFollowUp.Id})",
            Role = "secondary",
            FromEvent = endOfTreatment.Id,
            ToEvent = endOfFollowUp.Id,
        };
        return Analyze(analyzer, spec, Populations.AllEnrolled, "observed-cases");
    }

    private static double? Nullable(double v) => double.IsNaN(v) ? null : v;

    private static string Software()
    {
        var assembly = typeof(AnalysisRun).Assembly;
        string version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "0";
        return $"Myelin.Analysis {version}";
    }
}
