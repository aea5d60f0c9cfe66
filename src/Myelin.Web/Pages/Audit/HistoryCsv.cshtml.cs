using System.Text;
using Myelin.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Web.Access;

namespace Myelin.Web.Pages.Audit;

/// <summary>A participant's record history as CSV (RFC 4180, UTF-8), the same rows as the history page.</summary>
[AuthorizeStudy(StudyAction.ViewAudit)]
public sealed class HistoryCsvModel(MyelinDbContext db, StudyAccess access) : PageModel
{
    /// <summary>The CSV file; 404 when the participant is outside the user's sites.</summary>
    public async Task<IActionResult> OnGetAsync(string studyId, string code, CancellationToken cancellationToken)
    {
        if (await AuditPages.FindParticipantAsync(db, access, studyId, code, cancellationToken).ConfigureAwait(false) is not { } participant)
        {
            return NotFound();
        }

        var rows = await AuditPages.VisibleHistoryAsync(db, access, participant, cancellationToken).ConfigureAwait(false);
        using var writer = new StringWriter();
        await HistoryCsv.WriteAsync(writer, rows, cancellationToken).ConfigureAwait(false);
        return File(new UTF8Encoding(false).GetBytes(writer.ToString()), "text/csv; charset=utf-8", $"{participant.StudyId}-{participant.Code}-history.csv");
    }
}
