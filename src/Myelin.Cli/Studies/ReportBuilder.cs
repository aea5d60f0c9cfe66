using Myelin.Analysis.Data;
using Myelin.Analysis.Results;
using Myelin.Domain.Protocols;
using Myelin.Reports;
using Myelin.Web.Studies;

namespace Myelin.Cli.Studies;

/// <summary>
/// What the report needs beside the analysis when the data come from a CSV file (no participant flow or adverse
/// events: the file holds none). A stored study's inputs come from <see cref="StudyAnalysis.ReportInputsAsync"/>.
/// </summary>
internal static class ReportBuilder
{
    public static ReportInputs FromCsv(Protocol protocol, string protocolYaml, AnalysisResult analysis, AnalysisDataset data, string dataFile, string dataSha256) =>
        new(analysis, data)
        {
            DataSha256 = dataSha256,
            DataSource = dataFile,
            ProtocolSha256 = ProtocolLoader.ContentHashOf(protocolYaml),
            SoftwareVersion = StudyAnalysis.SoftwareVersion,
        };
}
