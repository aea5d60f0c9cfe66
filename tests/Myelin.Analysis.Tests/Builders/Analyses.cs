using Myelin.Analysis.Data;
using Myelin.Analysis.Results;

namespace Myelin.Analysis.Tests.Builders;

/// <summary>Shortcuts to run the analysis on rows built in a test.</summary>
internal static class Analyses
{
    public static AnalysisResult Run(RowsBuilder rows, bool randomised = false, AnalysisOptions? options = null, IEnumerable<ParticipantFacts>? facts = null)
    {
        var protocol = randomised ? TestProtocols.Randomised() : TestProtocols.SingleArm();
        var data = AnalysisDataset.FromRows(protocol, rows.Rows, facts);
        return TrialAnalysis.Run(protocol, data, options ?? new AnalysisOptions { Imputations = 5 });
    }

    public static GroupResult Group(this EndpointResult endpoint, string by, string level) =>
        endpoint.Groups.Single(g => g.By == by && g.Level == level);
}
