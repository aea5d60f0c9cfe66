using Myelin.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Data.Locking;
using Myelin.Domain.Records;
using Myelin.Web.Access;

namespace Myelin.Web.Pages.Audit;

/// <summary>A participant's record history: every change to the participant and its records, with who, when, via, old → new and why.</summary>
[AuthorizeStudy(StudyAction.ViewAudit)]
public sealed class HistoryModel(MyelinDbContext db, StudyAccess access) : PageModel
{
    /// <summary>The participant.</summary>
    public Participant Participant { get; private set; } = null!;

    /// <summary>The change-log rows, in chain order.</summary>
    public IReadOnlyList<ChangeLogEntry> Rows { get; private set; } = [];

    /// <summary>The casebook's signatures, newest first, with whether each is stale.</summary>
    public IReadOnlyList<SignatureStatus> Signatures { get; private set; } = [];

    /// <summary>The participant page.</summary>
    public string Back => AuditPages.ParticipantUrl(Participant.StudyId, Participant.Code);

    /// <summary>Shows the history; 404 when the participant is outside the user's sites.</summary>
    public async Task<IActionResult> OnGetAsync(string studyId, string code, CancellationToken cancellationToken)
    {
        if (await AuditPages.FindParticipantAsync(db, access, studyId, code, cancellationToken).ConfigureAwait(false) is not { } participant)
        {
            return NotFound();
        }

        Participant = participant;
        Rows = await AuditPages.VisibleHistoryAsync(db, access, participant, cancellationToken).ConfigureAwait(false);
        Signatures = await db.SignaturesAsync(studyId, participant.Id, cancellationToken).ConfigureAwait(false);
        return Page();
    }
}
