using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Records;
using Myelin.Web.Access;
using Myelin.Web.Diary;

namespace Myelin.Web.Pages.Diary;

/// <summary>
/// Staff manage a participant's diary link: issue a new one (revoking the previous; the full link is shown once,
/// on the answer to the issue, and never again), revoke it, and choose the diary's language. Participants at sites
/// outside the user's scope are 404.
/// </summary>
[Authorize(Policy = "study:" + nameof(StudyAction.ManageDiaryLinks))]
public sealed class DiaryLinkModel(MyelinDbContext db, StudyAccess access, DiaryProtocols protocols, TimeProvider clock) : PageModel
{
    /// <summary>The study.</summary>
    public string StudyId { get; private set; } = string.Empty;

    /// <summary>The participant.</summary>
    public Participant? Participant { get; private set; }

    /// <summary>The working link, when there is one.</summary>
    public DiaryLink? Active { get; private set; }

    /// <summary>The full link just issued: shown on this answer only.</summary>
    public string? NewLink { get; private set; }

    /// <summary>What was done, for the notice.</summary>
    public string? Message { get; private set; }

    /// <summary>The language chosen in the form.</summary>
    [BindProperty]
    public string? Language { get; set; }

    /// <summary>What is wrong with the language chosen.</summary>
    public string? LanguageError { get; private set; }

    /// <summary>Language → the diary's texts the study's protocol does not translate into it (shown in English); empty for English.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Untranslated { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>May the user choose the language (enrolment permission)?</summary>
    public bool CanChooseLanguage { get; private set; }

    /// <summary>Shows the link's state.</summary>
    public async Task<IActionResult> OnGetAsync(string studyId, string code, CancellationToken cancellationToken) =>
        await LoadAsync(studyId, code, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    /// <summary>A post that names no action (issue, revoke or language): nothing changes, 400 with the page.</summary>
    public async Task<IActionResult> OnPostAsync(string studyId, string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(studyId, code, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        Message = "Nothing was changed: choose to issue a link, revoke it or save the language.";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Issues a new link, revoking the previous one, and shows it once.</summary>
    public async Task<IActionResult> OnPostIssueAsync(string studyId, string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(studyId, code, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        var token = await DiaryLinks.IssueAsync(db, Participant!, access.ActorName, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        db.Actor = new ChangeActor(access.ActorName, ChangeChannel.Web, Active is null ? null : DiaryLinks.ReplacedReason);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        NewLink = $"{Request.Scheme}://{Request.Host}{DiaryLinks.PathOf(token)}";
        Message = Active is null ? "A diary link was issued." : "A new diary link was issued; the previous one no longer works.";
        Active = await DiaryLinks.ActiveAsync(db, Participant!.Id, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    /// <summary>Revokes the working link.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(string studyId, string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(studyId, code, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        var revoked = await DiaryLinks.RevokeAsync(db, Participant!, access.ActorName, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        db.Actor = new ChangeActor(access.ActorName, ChangeChannel.Web, DiaryLinks.RevokedReason);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Message = revoked == 0 ? "There was no working link to revoke." : "The diary link was revoked; it no longer works.";
        Active = null;
        return Page();
    }

    /// <summary>Chooses the diary's language.</summary>
    public async Task<IActionResult> OnPostLanguageAsync(string studyId, string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(studyId, code, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (!CanChooseLanguage)
        {
            return Forbid();
        }

        if (Language is null || !DiaryLanguage.All.Contains(Language))
        {
            LanguageError = $"Choose one of: {string.Join(", ", DiaryLanguage.All.Select(NameOf))}.";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (Language != Participant!.Language)
        {
            Participant.SetLanguage(Language, clock.GetUtcNow());
            db.Actor = new ChangeActor(access.ActorName, ChangeChannel.Web, "diary language chosen");
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        Message = $"The diary speaks {NameOf(Language)}.";
        return Page();
    }

    /// <summary>The name of a diary language, in English and in itself.</summary>
    public static string NameOf(string language) => language switch
    {
        DiaryLanguage.Hindi => "Hindi (हिन्दी)",
        DiaryLanguage.Marathi => "Marathi (मराठी)",
        _ => "English",
    };

    private async Task<bool> LoadAsync(string studyId, string code, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(studyId, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return false;
        }

        StudyId = studyId;
        Participant = await db.Participants.VisibleIn(scope).SingleOrDefaultAsync(p => p.Code == code, cancellationToken).ConfigureAwait(false);
        if (Participant is null)
        {
            return false;
        }

        CanChooseLanguage = scope.Can(StudyAction.EnrolParticipants);
        var protocol = await protocols.CurrentAsync(db, studyId, cancellationToken).ConfigureAwait(false);
        Untranslated = DiaryLanguage.All.ToDictionary(l => l, l => protocol is null ? [] : DiaryTranslations.Untranslated(protocol, l), StringComparer.Ordinal);
        Active = await DiaryLinks.ActiveAsync(db, Participant.Id, cancellationToken).ConfigureAwait(false);
        Language ??= Participant.Language;
        ViewData["Title"] = $"Diary link of {Participant.Code}";
        return true;
    }
}
