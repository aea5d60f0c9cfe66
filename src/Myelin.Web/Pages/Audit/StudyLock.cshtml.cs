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

/// <summary>Locks the whole study (permission Lock) or unlocks it (permission Unlock, with a reason).</summary>
[AuthorizeStudy(StudyAction.Lock)]
public sealed class StudyLockModel(MyelinDbContext db, StudyAccess access) : PageModel
{
    /// <summary>Why it is locked (optional) or unlocked (required).</summary>
    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    /// <summary>The study id.</summary>
    public string StudyId { get; private set; } = string.Empty;

    /// <summary>The study's active lock, if any.</summary>
    public RecordLock? Active { get; private set; }

    /// <summary>True when the user may unlock.</summary>
    public bool CanUnlock { get; private set; }

    /// <summary>Messages by field name, or <c>form</c>.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Shows the state and the form.</summary>
    public async Task<IActionResult> OnGetAsync(string studyId, CancellationToken cancellationToken)
    {
        await LoadAsync(studyId, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    /// <summary>A post that names neither action changes nothing: 400.</summary>
    public IActionResult OnPost() => BadRequest();

    /// <summary>Locks the study.</summary>
    public async Task<IActionResult> OnPostLockAsync(string studyId, CancellationToken cancellationToken)
    {
        await LoadAsync(studyId, cancellationToken).ConfigureAwait(false);
        db.Actor = new ChangeActor(access.ActorName, ChangeChannel.Web);
        try
        {
            if (Active is null)
            {
                await db.LockStudyAsync(studyId, Reason, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DomainRuleException e)
        {
            Errors["form"] = e.Message;
        }

        return Done(studyId);
    }

    /// <summary>Unlocks the study, with the reason (needs the Unlock action).</summary>
    public async Task<IActionResult> OnPostUnlockAsync(string studyId, CancellationToken cancellationToken)
    {
        await LoadAsync(studyId, cancellationToken).ConfigureAwait(false);
        if (!CanUnlock)
        {
            return Forbid();
        }

        db.Actor = new ChangeActor(access.ActorName, ChangeChannel.Web);
        try
        {
            if (Active is null)
            {
                Errors["form"] = "The study is not locked.";
            }
            else if (string.IsNullOrWhiteSpace(Reason))
            {
                Errors["reason"] = "Unlocking the study needs a reason.";
            }
            else
            {
                await db.UnlockAsync(Active.Id, Reason, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DomainRuleException e)
        {
            Errors["form"] = e.Message;
        }

        return Done(studyId);
    }

    private IActionResult Done(string studyId)
    {
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        return Redirect($"/studies/{Uri.EscapeDataString(studyId)}/lock");
    }

    private async Task LoadAsync(string studyId, CancellationToken cancellationToken)
    {
        StudyId = studyId;
        Active = await db.RecordLocks.AsNoTracking()
            .FirstOrDefaultAsync(l => l.StudyId == studyId && l.Scope == LockScope.Study && l.UnlockedAt == null, cancellationToken).ConfigureAwait(false);
        CanUnlock = await access.CanAsync(studyId, StudyAction.Unlock, cancellationToken).ConfigureAwait(false);
    }
}
