using Myelin.Analysis.Data;
using Myelin.Analysis.Results;
using Myelin.Domain.Protocols;
using Myelin.Reports.Charts;
using Myelin.Reports.Model;

namespace Myelin.Reports.Html;

/// <summary>What every section reads: inputs, options, the primary endpoint's result, and the figures drawn so far.</summary>
internal sealed class ReportContext
{
    private readonly List<(Figure Figure, string Svg)> _figures = [];

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

    public IReadOnlyList<(Figure Figure, string Svg)> Figures => _figures;

    /// <summary>"week 8".</summary>
    public string At(string eventId) => ReportText.Event(Protocol, eventId);

    public string GroupLabel(GroupResult g) => ReportGrouping.Label(Protocol, g.By, g.Level);

    /// <summary>Renders the figure's SVG once, keeps it for the figures folder and inlines it.</summary>
    public void AddFigure(HtmlWriter html, Figure? figure)
    {
        if (figure is null)
        {
            return;
        }

        string svg = figure.ToSvg();
        _figures.Add((figure, svg));
        html.Figure(figure, svg);
    }

    /// <summary>Groups for tables: the arms first when there are several, then all participants, strata and etiologies.</summary>
    public IEnumerable<IReadOnlyList<string>> GroupRows(EndpointResult endpoint, Func<GroupResult, IReadOnlyList<string>> row)
    {
        string[] order = Protocol.Arms.Count > 1 ? ["arm", "all", "stratum", "etiology"] : ["all", "stratum", "etiology"];
        foreach (string by in order)
        {
            var groups = endpoint.Groups.Where(g => g.By == by).ToList();
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
