using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.Queries;
using Myelin.Domain.Protocols;
using Myelin.Interop.LongCsv;

namespace Myelin.Web.Studies;

/// <summary>
/// A stored study as long-CSV rows (docs/data-formats.md): screening values under event <c>screening</c>, then every
/// assessment's item values, in the protocol's order (participant, event, instrument, item).
/// </summary>
public static class StudyRows
{
    /// <summary>Reads every row of the study.</summary>
    public static async Task<List<LongRow>> ReadAsync(MyelinDbContext db, StoredStudy study, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(study);
        var screeningId = study.Protocol.Screening?.Instrument ?? "";
        var participants = await db.Participants.InStudy(study.Study.Id).Include(p => p.ScreeningValues)
            .AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var byId = participants.ToDictionary(p => p.Id);
        var rows = new List<LongRow>();
        foreach (var p in participants)
        {
            foreach (var v in p.ScreeningValues)
            {
                rows.Add(new LongRow(p.Code, p.SiteId, p.Arm ?? "", p.Stratum ?? "", StoredStudy.ScreeningEvent, screeningId, v.ItemId, v.Value, v.Unit ?? "", p.CreatedAt, "", "clinic"));
            }
        }

        var assessments = await db.Assessments.InStudy(study.Study.Id).WithItems().AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var a in assessments)
        {
            var p = byId[a.ParticipantId];
            foreach (var v in a.Items)
            {
                rows.Add(new LongRow(p.Code, p.SiteId, p.Arm ?? "", p.Stratum ?? "", a.EventId, a.InstrumentId, v.ItemId, v.Value, v.Unit ?? "", a.EnteredAt, a.EnteredBy, a.Source.ToString().ToLowerInvariant()));
            }
        }

        return Sort(study.Protocol, rows);
    }

    /// <summary>Orders rows as the export writes them: participant (ordinal), then the protocol's event, instrument and item order.</summary>
    public static List<LongRow> Sort(Protocol protocol, IEnumerable<LongRow> rows)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var events = protocol.Schedule.Events.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i + 1);
        events[StoredStudy.ScreeningEvent] = 0;
        var instruments = protocol.Instruments.Select((x, i) => (x.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var items = protocol.Instruments.SelectMany(x => x.Items.Select((it, i) => (Key: (x.Id, it.Id), i))).ToDictionary(x => x.Key, x => x.i);
        return rows
            .OrderBy(r => r.Participant, StringComparer.Ordinal)
            .ThenBy(r => events.GetValueOrDefault(r.Event, int.MaxValue))
            .ThenBy(r => instruments.GetValueOrDefault(r.Instrument, int.MaxValue))
            .ThenBy(r => items.GetValueOrDefault((r.Instrument, r.Item), int.MaxValue))
            .ToList();
    }

    /// <summary>Writes the rows as the long CSV and returns its SHA-256 (lower-case hex) — the hash a report cites.</summary>
    public static string Sha256(IReadOnlyList<LongRow> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(false), leaveOpen: true))
        {
            LongCsvFormat.Write(writer, rows);
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(buffer.ToArray()));
    }
}
