using Myelin.Analysis.Data;
using Myelin.Analysis.Results;

namespace Myelin.Reports;

/// <summary>
/// Everything the study report is written from. The analysis result and its dataset are required (the dataset gives
/// the participant-level figures: trajectories, waterfall, flow, adherence, labs); the rest comes from the database or
/// the command line and is optional: what is missing is said so in the report rather than guessed.
/// </summary>
/// <param name="Analysis">The result of <c>TrialAnalysis.Run</c> on <paramref name="Data"/>.</param>
/// <param name="Data">The dataset the analysis ran on (its protocol is the report's protocol).</param>
public sealed record ReportInputs(AnalysisResult Analysis, AnalysisDataset Data)
{
    /// <summary>Screening counts and withdrawal reasons for the flow diagram; null when unknown (e.g. a CSV analysis).</summary>
    public ParticipantFlow? Flow { get; init; }

    /// <summary>Adverse events of the enrolled participants; an empty list means none were recorded, null means not available.</summary>
    public IReadOnlyList<ReportAdverseEvent>? AdverseEvents { get; init; }

    /// <summary>SHA-256 of the data file (lower-case hex, 64 characters), printed in the methods; null when not a file.</summary>
    public string? DataSha256 { get; init; }

    /// <summary>Where the data came from, e.g. <c>long CSV data.csv</c> or <c>SQLite database myelin.db</c>.</summary>
    public string? DataSource { get; init; }

    /// <summary>SHA-256 of the protocol file or stored protocol version; null when unknown.</summary>
    public string? ProtocolSha256 { get; init; }

    /// <summary>The program and version that wrote the report, e.g. <c>myelin 0.3.0</c>.</summary>
    public string? SoftwareVersion { get; init; }
}
