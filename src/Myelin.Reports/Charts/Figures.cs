using Myelin.Analysis.Data;
using Myelin.Analysis.Results;
using Myelin.Domain.Protocols;
using Myelin.Reports.Model;

namespace Myelin.Reports.Charts;

/// <summary>
/// The report's charts, one builder each, for the HTML report and for the web dashboard (which draws the same SVG on
/// the server: <c>Figures.MeanByWeek(result, protocol).ToSvg()</c>). Every chart of the primary endpoint shows the
/// protocol's primary variable. <c>by</c> picks the grouping: <c>arm</c>, <c>stratum</c>, <c>etiology</c> or
/// <c>all</c>; by default the arms of a randomised study, else the severity strata, else everyone together.
/// </summary>
public static class Figures
{
    /// <summary>The CONSORT participant flow: screening (when <paramref name="flow"/> gives it), enrolment, each arm's withdrawals, completion and analysis.</summary>
    public static Figure Flow(AnalysisDataset data, ParticipantFlow? flow = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return FlowChart.Build(FlowCounts.From(data, flow));
    }

    /// <summary>Mean of the primary variable at each week with its 95% CI, per group (from the analysis time course).</summary>
    /// <exception cref="ArgumentException">The result has no time course of the primary variable.</exception>
    public static Figure MeanByWeek(AnalysisResult result, Protocol protocol, string? by = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(protocol);
        var primary = protocol.PrimaryEndpoint;
        var course = result.TimeCourse.FirstOrDefault(c => c.Instrument == primary.Instrument && c.Variable == primary.Variable)
            ?? throw new ArgumentException($"the analysis has no time course of '{primary.Instrument}/{primary.Variable}'", nameof(result));
        return MeanByWeekChart.Build(protocol, course, ReportGrouping.Check(by ?? ReportGrouping.Default(protocol)), ScaleMax(protocol, primary));
    }

    /// <summary>Each participant's primary variable over the weeks, coloured by group (at most 400 lines).</summary>
    public static Figure Trajectories(AnalysisDataset data, string? by = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var primary = data.Protocol.PrimaryEndpoint;
        return TrajectoriesChart.Build(data, primary.Instrument, primary.Variable, VariableLabel(data.Protocol, primary),
            ReportGrouping.Check(by ?? ReportGrouping.Default(data.Protocol)), ScaleMax(data.Protocol, primary));
    }

    /// <summary>Each participant's percent change of the primary variable from its baseline event to its follow-up event, sorted.</summary>
    public static Figure Waterfall(AnalysisDataset data, string? by = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var primary = data.Protocol.PrimaryEndpoint;
        return WaterfallChart.Build(data, primary.Instrument, primary.Variable, VariableLabel(data.Protocol, primary),
            primary.FromEvent, primary.ToEvent, ReportGrouping.Check(by ?? ReportGrouping.Default(data.Protocol)));
    }

    /// <summary>Mean change of each symptom item with its 95% CI and Holm-adjusted p; null when the analysis has no symptom items.</summary>
    public static Figure? SymptomChanges(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.SymptomItems is { Items.Count: > 0 } items ? SymptomChangesChart.Build(items) : null;
    }

    /// <summary>Each participant's doses taken as a percentage of those expected; null when no doses are known.</summary>
    /// <param name="threshold">The per-protocol adherence threshold as a fraction (default 0.8).</param>
    public static Figure? Adherence(AnalysisDataset data, double threshold = 0.8, string? by = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return AdherenceChart.Build(data, threshold, ReportGrouping.Check(by ?? ReportGrouping.Default(data.Protocol)));
    }

    /// <summary>Laboratory values at each visit (one panel per measurement, units on the axes); null when none were recorded.</summary>
    public static Figure? Labs(AnalysisDataset data, string? by = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return LabsChart.Build(data, LabItem.Find(data), ReportGrouping.Check(by ?? ReportGrouping.Default(data.Protocol)));
    }

    /// <summary>The top of the variable's scale (10 for a 0–10 VAS); null when its items have no maximum.</summary>
    internal static double? ScaleMax(Protocol protocol, Endpoint endpoint)
    {
        var instrument = protocol.GetInstrument(endpoint.Instrument);
        var items = instrument.FindScore(endpoint.Variable) is { } score
            ? score.Items.Select(instrument.FindItem)
            : [instrument.FindItem(endpoint.Variable)];
        var maxima = items.Select(i => i?.Max).ToList();
        return maxima.Count > 0 && maxima.All(m => m is not null) ? maxima.Max() : null;
    }

    /// <summary>The label of the endpoint's score or item, e.g. "Overall symptom score".</summary>
    internal static string VariableLabel(Protocol protocol, Endpoint endpoint)
    {
        var instrument = protocol.GetInstrument(endpoint.Instrument);
        return instrument.FindScore(endpoint.Variable)?.Label ?? instrument.FindItem(endpoint.Variable)?.Label ?? endpoint.Variable;
    }
}
