using Microsoft.EntityFrameworkCore;
using Myelin.Analysis.Data;
using Myelin.Data;
using Myelin.Data.Queries;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Interop.LongCsv;

namespace Myelin.Cli.Studies;

/// <summary>Builds the analysis dataset from a stored study or from a long CSV file.</summary>
internal static class AnalysisInputs
{
    public static ObservationRow ToObservation(LongRow r) =>
        new(r.Participant, r.Site, r.Arm, r.Stratum, r.Event, r.Instrument, r.Item, r.Value, r.RecordedAt, r.Line);

    /// <summary>
    /// The long CSV, read strictly and streamed (a 100,000-participant file is never held as rows): a malformed file
    /// is bad input with every problem by line. The rows are parsed on one thread while the dataset is built from them
    /// on another, and the SHA-256 of the file's bytes (for the report's methods) is computed meanwhile.
    /// </summary>
    public static (AnalysisDataset Data, string Sha256) FromCsv(CliHost host, Protocol protocol, string file, PhaseTimes? times = null)
    {
        var path = host.ResolvePath(file);
        if (!File.Exists(path)) throw new UsageException($"--data: the file '{file}' does not exist");
        var hashing = Task.Run(() =>
        {
            using var hashed = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(hashed));
        });
        var errors = new List<LongCsvError>();
        AnalysisDataset data;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
        {
            var reader = new LongCsvReader(stream, file, errors);
            data = CliProgress.RunAsync(host, $"Reading {file}", stream.Length, report =>
                Task.FromResult(AnalysisDataset.FromRows(protocol, CsvRowPipeline.Rows(reader, () => report(stream.Position))))).GetAwaiter().GetResult();
        }

        times?.Done("read, check and build the dataset");
        if (errors.Count > 0) throw new UsageException(errors.Select(e => e.ToString()).Append("Nothing was analysed."));
        var sha256 = hashing.GetAwaiter().GetResult();
        times?.Done("SHA-256 (rest of)");
        return (data, sha256);
    }
}
