using Myelin.Analysis.Data;
using Myelin.Analysis.Results;
using Myelin.Data;
using Myelin.Domain.Protocols;
using Myelin.Reports;
using Myelin.Web.Studies;

namespace Myelin.Cli.Studies;

/// <summary>
/// A study's data and its pre-specified analysis, from the database or from a protocol and a long CSV; and what
/// the report needs beyond that. Holds the database open (when it came from one) until disposed.
/// </summary>
internal sealed class AnalysedStudy : IAsyncDisposable
{
    private readonly MyelinDbContext? _db;
    private readonly bool _ownsDb;
    private readonly StudyAnalysis? _stored;
    private readonly string? _yaml;
    private readonly string? _dataFile;

    private AnalysedStudy(Protocol protocol, AnalysisDataset data, string sha256, AnalysisResult result,
        MyelinDbContext? db, bool ownsDb, StudyAnalysis? stored, string? yaml, string? dataFile)
    {
        Protocol = protocol;
        Data = data;
        Sha256 = sha256;
        Result = result;
        _db = db;
        _ownsDb = ownsDb;
        _stored = stored;
        _yaml = yaml;
        _dataFile = dataFile;
    }

    public Protocol Protocol { get; }

    public AnalysisDataset Data { get; }

    /// <summary>SHA-256 of the data file, or of the stored study's long CSV export.</summary>
    public string Sha256 { get; }

    public AnalysisResult Result { get; }

    public static async Task<AnalysedStudy> FromDatabaseAsync(MyelinDbContext db, StudyContext study, bool skipInvalid, bool ownsDb, CancellationToken ct)
    {
        StudyAnalysis stored;
        try
        {
            stored = await StudyAnalysis.RunAsync(db, study.AsStored(), skipInvalid, ct).ConfigureAwait(false);
        }
        catch (Analysis.InvalidAnalysisDataException e)
        {
            throw Verbs.AnalyzeCommand.Explain(e);
        }

        return new AnalysedStudy(study.Protocol, stored.Data, stored.DataSha256, stored.Result, db, ownsDb, stored, null, null);
    }

    public static AnalysedStudy FromCsv(CliHost host, Protocol protocol, string yaml, string dataFile, bool skipInvalid)
    {
        var times = new PhaseTimes(host);
        var (data, sha) = AnalysisInputs.FromCsv(host, protocol, dataFile, times);
        var result = Verbs.AnalyzeCommand.Run(protocol, data, skipInvalid);
        times.Done("analysis");
        return new AnalysedStudy(protocol, data, sha, result, null, false, null, yaml, dataFile);
    }

    /// <summary>The report's inputs: from the database, the flow and adverse events too.</summary>
    public async Task<ReportInputs> ReportInputsAsync(CancellationToken ct) => _db is not null
        ? await _stored!.ReportInputsAsync(_db, ct).ConfigureAwait(false)
        : ReportBuilder.FromCsv(Protocol, _yaml!, Result, Data, _dataFile!, Sha256);

    public async ValueTask DisposeAsync()
    {
        if (_ownsDb && _db is not null) await _db.DisposeAsync().ConfigureAwait(false);
    }
}
