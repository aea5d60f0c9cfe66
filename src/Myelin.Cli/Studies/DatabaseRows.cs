using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.Queries;
using Myelin.Interop.LongCsv;

namespace Myelin.Cli.Studies;

/// <summary>A stored study's values as long rows: screening values, then every assessment.</summary>
internal static class DatabaseRows
{
    public static async Task<List<LongRow>> ReadAsync(MyelinDbContext db, StudyContext study, CancellationToken ct)
    {
        var protocol = study.Protocol;
        var screeningId = protocol.Screening?.Instrument ?? "";
        var participants = await db.Participants.InStudy(study.Study.Id).Include(p => p.ScreeningValues)
            .AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var byId = participants.ToDictionary(p => p.Id);
        var rows = new List<LongRow>();
        foreach (var p in participants)
            foreach (var v in p.ScreeningValues)
                rows.Add(new LongRow(p.Code, p.SiteId, p.Arm ?? "", p.Stratum ?? "", AssessmentCheck.ScreeningEvent, screeningId,
                    v.ItemId, v.Value, v.Unit ?? "", p.CreatedAt, "", "clinic"));
        var assessments = await db.Assessments.InStudy(study.Study.Id).WithItems().AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        foreach (var a in assessments)
        {
            var p = byId[a.ParticipantId];
            foreach (var v in a.Items)
                rows.Add(new LongRow(p.Code, p.SiteId, p.Arm ?? "", p.Stratum ?? "", a.EventId, a.InstrumentId, v.ItemId, v.Value,
                    v.Unit ?? "", a.EnteredAt, a.EnteredBy, AssessmentStore.SourceName(a.Source)));
        }
        return LongRowOrder.Sort(protocol, rows);
    }
}
