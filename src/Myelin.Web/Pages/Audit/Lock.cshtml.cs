using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Data.Locking;
using Myelin.Domain.Records;
using Myelin.Web.Access;
using Myelin.Web.Workspace;

namespace Myelin.Web.Pages.Audit;

/// <summary>
/// Locks a participant's casebook (permission Lock) and unlocks it or a form of it (permission Unlock, with a reason).
/// Both are written to the audit trail; while locked, every channel refuses changes to the casebook.
/// </summary>
[AuthorizeStudy(StudyAction.Lock)]
public sealed class LockModel(MyelinDbContext db, StudyAccess access) : PageModel
{
    /// <summary>Why the casebook is locked (optional) or unlocked (required).</summary>
    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    /// <summary>The lock to unlock.</summary>
    [BindProperty(Name = "lockId")]
    public long? LockId { get; set; }

    /// <summary>The participant.</summary>
    public Participant Participant { get; private set; } = null!;

    /// <summary>The active locks covering the participant (study, casebook, forms).</summary>
    public IReadOnlyList<RecordLock> Locks { get; private set; } = [];

    /// <summary>True when the user may unlock.</summary>
    public bool CanUnlock { get; private set; }

    /// <summary>Messages by field name, or <c>form</c>.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The participant page.</summary>
    public string Back => AuditPages.ParticipantUrl(Participant.StudyId, Participant.Code);

    /// <summary>Shows the locks and the forms.</summary>
    public async Task<IActionResult> OnGetAsync(string studyId, string code, CancellationToken cancellationToken) =>
        await LoadAsync(studyId, code, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    /// <summary>A post that names neither action changes nothing: 400 (404 outside the user's sites).</summary>
    public async Task<IActionResult> OnPostAsync(string studyId, string code, CancellationToken cancellationToken) =>
        await LoadAsync(studyId, code, cancellationToken).ConfigureAwait(false) ? BadRequest() : NotFound();

    /// <summary>Locks the casebook.</summary>
    public async Task<IActionResult> OnPostLockAsync(string studyId, string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(studyId, code, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        db.Actor = new ChangeActor(access.ActorName, ChangeChannel.Web);
        return await RunAsync(() => db.LockParticipantAsync(Participant, Reason, cancellationToken), studyId, code, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Unlocks one of the participant's locks, with the reason.</summary>
    public async Task<IActionResult> OnPostUnlockAsync(string studyId, string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(studyId, code, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (!CanUnlock)
        {
            return Forbid();
        }

        var target = Locks.FirstOrDefault(l => l.Id == LockId && l.Scope != LockScope.Study);
        if (target is null)
        {
            Errors["lockId"] = "Choose one of this participant's active locks (the study lock is lifted on the study's lock page).";
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            Errors["reason"] = "Unlocking needs a reason, e.g. the query that requires a correction.";
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        db.Actor = new ChangeActor(access.ActorName, ChangeChannel.Web);
        return await RunAsync(() => db.UnlockAsync(target!.Id, Reason!, cancellationToken), studyId, code, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IActionResult> RunAsync(Func<Task<RecordLock>> operation, string studyId, string code, CancellationToken cancellationToken)
    {
        try
        {
            await operation().ConfigureAwait(false);
        }
        catch (DomainRuleException e)
        {
            Errors["form"] = e.Message;
            await LoadAsync(studyId, code, cancellationToken).ConfigureAwait(false);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        return Redirect($"{Back}/lock");
    }

    private async Task<bool> LoadAsync(string studyId, string code, CancellationToken cancellationToken)
    {
        if (await AuditPages.FindParticipantAsync(db, access, studyId, code, cancellationToken).ConfigureAwait(false) is not { } participant)
        {
            return false;
        }

        Participant = participant;
        Locks = await db.ActiveLocksAsync(studyId, participant.Id, cancellationToken).ConfigureAwait(false);
        CanUnlock = await access.CanAsync(studyId, StudyAction.Unlock, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
