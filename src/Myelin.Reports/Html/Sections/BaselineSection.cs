using Myelin.Analysis.Data;
using Myelin.Domain.Protocols;
using Myelin.Reports.Model;

namespace Myelin.Reports.Html.Sections;

/// <summary>Baseline characteristics by arm (CONSORT item 15): screening values, strata and the baseline score.</summary>
internal static class BaselineSection
{
    public const string Id = "baseline";

    public static void Write(HtmlWriter html, ReportContext ctx)
    {
        var protocol = ctx.Protocol;
        var data = ctx.Data;
        var columns = new List<(string Label, List<AnalysisParticipant> Members)>();
        foreach (var arm in protocol.Arms)
        {
            var members = data.Participants.Where(p => p.Arm == arm.Code).ToList();
            columns.Add((protocol.Arms.Count > 1 ? arm.Label : "All participants", members));
        }

        if (protocol.Arms.Count > 1)
        {
            columns.Add(("All participants", data.Participants.ToList()));
        }

        var headers = new List<string> { "Characteristic" };
        headers.AddRange(columns.Select(c => $"{c.Label} (n = {c.Members.Count})"));
        var rows = new List<IReadOnlyList<string>>();
        var constant = new List<string>();
        var primary = ctx.PrimaryEndpoint;
        double[] baseline = data.Column(primary.Instrument, primary.Variable, primary.FromEvent);
        rows.Add(Row($"{ctx.VariableLabel} at {ctx.At(primary.FromEvent)}, mean (SD)", columns, m => MeanSd(m.Select(p => baseline[p.Index]))));
        rows.Add(Row($"{ctx.VariableLabel} at {ctx.At(primary.FromEvent)}, median (Q1 to Q3)", columns, m => MedianIqr(m.Select(p => baseline[p.Index]))));
        AddLevels(rows, columns, protocol, data, ReportGrouping.Stratum, "Severity stratum");
        AddLevels(rows, columns, protocol, data, ReportGrouping.Etiology, "Etiology");
        if (protocol.Screening is { } screening)
        {
            var instrument = protocol.GetInstrument(screening.Instrument);
            string etiologyItem = protocol.Stratification?.Etiology?.Item ?? string.Empty;
            foreach (var item in instrument.Items.Where(i => i.Id != etiologyItem))
            {
                AddItem(rows, constant, columns, data, instrument, item);
            }
        }

        html.Section(Id, "Baseline characteristics");
        html.Table(headers, rows);
        if (constant.Count > 0)
        {
            html.P($"Not shown because every participant had the same value: {string.Join("; ", constant)}.");
        }

        html.P("Percentages are of the participants with a value; SD is the sample standard deviation; quartiles are R's type 7.");
        html.EndSection();
    }

    private static void AddItem(List<IReadOnlyList<string>> rows, List<string> constant, List<(string Label, List<AnalysisParticipant> Members)> columns,
        AnalysisDataset data, Instrument instrument, Item item)
    {
        string screening = DatasetScreening;
        if (item.IsNumeric)
        {
            var all = data.Participants.Select(p => data.Value(p.Index, screening, instrument.Id, item.Id)).Where(v => !double.IsNaN(v)).ToList();
            if (all.Count == 0)
            {
                return;
            }

            string unit = item.Unit is { Length: > 0 } u ? $" ({u})" : string.Empty;
            rows.Add(Row($"{item.Label}{unit}, mean (SD)", columns, m => MeanSd(m.Select(p => data.Value(p.Index, screening, instrument.Id, item.Id)))));
            return;
        }

        if (item.Type is not (ItemType.Choice or ItemType.YesNo))
        {
            return;
        }

        var texts = data.Participants.Select(p => data.Text(p.Index, screening, instrument.Id, item.Id)).Where(t => t is not null).ToList();
        if (texts.Count == 0)
        {
            return;
        }

        if (texts.Distinct().Count() == 1 && texts.Count == data.Participants.Count)
        {
            constant.Add($"{item.Label}: {Choice(item, texts[0]!)}");
            return;
        }

        var codes = item.Type == ItemType.YesNo ? ["yes"] : item.Choices.Select(c => c.Code).ToList();
        rows.Add([$"§{item.Label}"]);
        foreach (string code in codes)
        {
            rows.Add(Row(item.Type == ItemType.YesNo ? "Yes, n (%)" : $"{Choice(item, code)}, n (%)", columns, m =>
            {
                var values = m.Select(p => data.Text(p.Index, screening, instrument.Id, item.Id)).Where(t => t is not null).ToList();
                return Format.CountPct(values.Count(v => v == code), values.Count);
            }));
        }
    }

    private const string DatasetScreening = "screening";

    private static void AddLevels(List<IReadOnlyList<string>> rows, List<(string Label, List<AnalysisParticipant> Members)> columns,
        Domain.Protocols.Protocol protocol, AnalysisDataset data, string by, string title)
    {
        var levels = ReportGrouping.Levels(protocol, data, by);
        if (levels.Count == 0)
        {
            return;
        }

        rows.Add([$"§{title}"]);
        foreach (string level in levels)
        {
            rows.Add(Row($"{ReportGrouping.Label(protocol, by, level)}, n (%)", columns,
                m => Format.CountPct(m.Count(p => ReportGrouping.LevelOf(p, by) == level), m.Count(p => ReportGrouping.LevelOf(p, by) is not null))));
        }
    }

    private static string Choice(Item item, string code) => item.Choices.FirstOrDefault(c => c.Code == code)?.Label ?? code;

    private static string[] Row(string label, List<(string Label, List<AnalysisParticipant> Members)> columns, Func<List<AnalysisParticipant>, string> cell) =>
        [label, .. columns.Select(c => cell(c.Members))];

    private static string MeanSd(IEnumerable<double> values)
    {
        var d = Describe.Of(values);
        return d.N == 0 ? Format.Dash : $"{Format.Num(d.Mean)} ({Format.Num(d.Sd)})";
    }

    private static string MedianIqr(IEnumerable<double> values)
    {
        var d = Describe.Of(values);
        return d.N == 0 ? Format.Dash : $"{Format.Num(d.Median)} ({Format.Num(d.Q1)} to {Format.Num(d.Q3)})";
    }
}
