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
    /// is bad input with every problem by line. The SHA-256 is of the file's bytes, for the report's methods.
    /// </summary>
    public static (AnalysisDataset Data, string Sha256) FromCsv(CliHost host, Protocol protocol, string file)
    {
        var path = host.ResolvePath(file);
        if (!File.Exists(path)) throw new UsageException($"--data: the file '{file}' does not exist");
        var errors = new List<LongCsvError>();
        AnalysisDataset data;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        using (var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16))
        {
            data = CliProgress.RunAsync(host, $"Reading {file}", stream.Length, report =>
                Task.FromResult(AnalysisDataset.FromRows(protocol, LongCsvFormat.Enumerate(reader, file, errors)
                    .Select((row, i) =>
                    {
                        if ((i & 0xFFFF) == 0) report(stream.Position);
                        return ToObservation(row);
                    })))).GetAwaiter().GetResult();
        }
        if (errors.Count > 0) throw new UsageException(errors.Select(e => e.ToString()).Append("Nothing was analysed."));
        using var hashed = File.OpenRead(path);
        return (data, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(hashed)));
    }

    /// <summary>The stored study: its values (as the export writes them) and what the database knows of each participant.</summary>
    public static async Task<(AnalysisDataset Data, string Sha256)> FromDatabaseAsync(MyelinDbContext db, StudyContext study, CancellationToken ct)
    {
        var rows = await DatabaseRows.ReadAsync(db, study, ct).ConfigureAwait(false);
        var people = await db.Participants.InStudy(study.Study.Id).Where(p => p.Status != ParticipantStatus.Screened)
            .AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var doses = await db.DoseRecords.Where(d => d.Participant.StudyId == study.Study.Id)
            .GroupBy(d => d.ParticipantId)
            .Select(g => new { g.Key, Taken = g.Count(d => d.Taken), Recorded = g.Count() })
            .ToDictionaryAsync(g => g.Key, ct).ConfigureAwait(false);
        var facts = people.Select(p => new ParticipantFacts(p.Code, p.SiteId, p.Arm, p.Stratum, p.Etiology,
            p.Status switch
            {
                ParticipantStatus.Withdrawn => ParticipantDisposition.Withdrawn,
                ParticipantStatus.Completed => ParticipantDisposition.Completed,
                _ => ParticipantDisposition.Enrolled,
            },
            p.EnrolledOn,
            // Adherence is known only where doses were recorded; a slot recorded as not taken counts as missed.
            doses.TryGetValue(p.Id, out var d) ? d.Taken : null,
            doses.TryGetValue(p.Id, out var e) ? e.Recorded : null)).ToList();
        var enrolled = facts.Select(f => f.Code).ToHashSet();
        var data = AnalysisDataset.FromRows(study.Protocol, rows.Where(r => enrolled.Contains(r.Participant)).Select(ToObservation), facts);
        // The hash of the data as exported, so a reviewer can match the report to a long CSV export.
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(false), leaveOpen: true)) LongCsvFormat.Write(writer, rows);
        return (data, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(buffer.ToArray())));
    }
}
