using Myelin.Analysis.Data;
using Myelin.Analysis.Results;
using Myelin.Domain.Protocols;
using Myelin.Reports.Charts;
using Myelin.Reports.Model;

namespace Myelin.Reports.Html;

/// <summary>What every section reads: inputs, options, the primary endpoint's result, and the figures drawn so far.</summary>
internal sealed class ReportContext
{
    private readonly List<Figure> _figures = [];

    public ReportContext(ReportInputs inputs, ReportOptions options)
    {
        Inputs = inputs;
        Options = options;
        Data = inputs.Data;
        Result = inputs.Analysis;
        Protocol = inputs.Data.Protocol;
        if (Result.Study.Id != Protocol.Study.Id)
        {
            throw new ArgumentException($"the analysis is of study '{Result.Study.Id}' but the dataset is of '{Protocol.Study.Id}'", nameof(inputs));
        }

        PrimaryEndpoint = Protocol.PrimaryEndpoint;
        Primary = Result.Endpoints.FirstOrDefault(e => e.Id == PrimaryEndpoint.Id)
            ?? throw new ArgumentException($"the analysis has no result for the primary endpoint '{PrimaryEndpoint.Id}'", nameof(inputs));
        Pilot = ReportText.IsPilot(Protocol, options.Pilot);
        By = options.GroupBy ?? ReportGrouping.Default(Protocol);
        VariableLabel = Charts.Figures.VariableLabel(Protocol, PrimaryEndpoint);
    }

    public ReportInputs Inputs { get; }

    public ReportOptions Options { get; }

    public AnalysisDataset Data { get; }

    public AnalysisResult Result { get; }

    public Protocol Protocol { get; }

    public Endpoint PrimaryEndpoint { get; }

    public EndpointResult Primary { get; }

    public bool Pilot { get; }

    public bool SingleArm => !Protocol.Study.Design.IsRandomised && Protocol.Arms.Count == 1;

    public string By { get; }

    public string VariableLabel { get; }

    /// <summary>The figures in the order the sections placed them.</summary>
    public IReadOnlyList<Figure> Figures => _figures;

    /// <summary>"week 8".</summary>
    public string At(string eventId) => ReportText.Event(Protocol, eventId);

    public string GroupLabel(GroupResult g) => ReportGrouping.Label(Protocol, g.By, g.Level);

    /// <summary>Places the figure: a marker now, its SVG once all figures are drawn (in parallel) by <see cref="HtmlWriter.PlaceFigures"/>.</summary>
    public void AddFigure(HtmlWriter html, Figure? figure)
    {
        if (figure is null)
        {
            return;
        }

        html.FigureMarker(_figures.Count);
        _figures.Add(figure);
    }

    private int IndexOfArm(string code)
    {
        for (int i = 0; i < Protocol.Arms.Count; i++)
        {
            if (Protocol.Arms[i].Code == code)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>Groups for tables: the arms first when there are several, then all participants, strata and etiologies.</summary>
    public IEnumerable<IReadOnlyList<string>> GroupRows(EndpointResult endpoint, Func<GroupResult, IReadOnlyList<string>> row)
    {
        string[] order = Protocol.Arms.Count > 1 ? ["arm", "all", "stratum", "etiology"] : ["all", "stratum", "etiology"];
        foreach (string by in order)
        {
            var groups = endpoint.Groups.Where(g => g.By == by)
                .OrderBy(g => by == "arm" ? IndexOfArm(g.Level) : 0)
                .ToList();
            if (groups.Count == 0)
            {
                continue;
            }

            if (by != "all")
            {
                yield return ["§By " + ReportGrouping.Noun(by)];
            }

            foreach (var g in groups)
            {
                yield return row(g);
            }
        }
    }
}
