using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Myelin.Data;
using Myelin.Data.Access;
using Myelin.Data.ChangeLog;
using Myelin.Data.Locking;
using Myelin.Domain.Records;
using Myelin.Web.Access;
using Myelin.Web.Workspace;

namespace Myelin.Web.Pages.Audit;

/// <summary>
/// Signs a participant's casebook (21 CFR 11.50, 11.200: the signer enters the password again at signing). The meaning is
/// chosen from <see cref="Meanings"/> or typed; it is recorded with the signer's printed name and the audit-trail position.
/// </summary>
[AuthorizeStudy(StudyAction.Sign)]
public sealed class SignModel(MyelinDbContext db, StudyAccess access, UserManager<StaffUser> users) : PageModel
{
    /// <summary>The meanings offered; "other" takes the typed text.</summary>
    public static readonly IReadOnlyList<string> Meanings =
    [
        "I have reviewed the data in this casebook and confirm they are complete and accurate",
        "I approve this casebook as the investigator responsible for this participant",
        "I have reviewed this casebook as monitor",
    ];

    /// <summary>The chosen meaning: an index into <see cref="Meanings"/> or <c>other</c>.</summary>
    [BindProperty(Name = "meaning")]
    public string? Meaning { get; set; }

    /// <summary>The typed meaning, when <see cref="Meaning"/> is <c>other</c>.</summary>
    [BindProperty(Name = "otherMeaning")]
    public string? OtherMeaning { get; set; }

    /// <summary>The signer's password, entered again.</summary>
    [BindProperty(Name = "password")]
    public string? Password { get; set; }

    /// <summary>The participant.</summary>
    public Participant Participant { get; private set; } = null!;

    /// <summary>The casebook's signatures, newest first.</summary>
    public IReadOnlyList<SignatureStatus> Signatures { get; private set; } = [];

    /// <summary>Messages by field name, or <c>form</c>.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The participant page.</summary>
    public string Back => AuditPages.ParticipantUrl(Participant.StudyId, Participant.Code);

    /// <summary>Shows the form and the signatures so far.</summary>
    public async Task<IActionResult> OnGetAsync(string studyId, string code, CancellationToken cancellationToken) =>
        await LoadAsync(studyId, code, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    /// <summary>Checks the password and the meaning, then signs.</summary>
    public async Task<IActionResult> OnPostAsync(string studyId, string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(studyId, code, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        // A personal access token cannot re-authenticate: signing needs the person and the password.
        if (User.FindFirst(MyelinClaims.TokenId) is not null || await users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Forbid();
        }

        var meaning = Meaning == "other" ? OtherMeaning?.Trim()
            : int.TryParse(Meaning, System.Globalization.CultureInfo.InvariantCulture, out var i) && i >= 0 && i < Meanings.Count ? Meanings[i] : null;
        if (string.IsNullOrWhiteSpace(meaning))
        {
            Errors["meaning"] = Meaning == "other" ? "Type what the signature means." : "Choose what the signature means.";
        }
        else if (meaning.Length > 500)
        {
            Errors["meaning"] = $"The meaning is {meaning.Length} characters long; at most 500 are allowed.";
        }

        if (string.IsNullOrEmpty(Password) || !await users.CheckPasswordAsync(user, Password).ConfigureAwait(false))
        {
            Errors["password"] = "The password is not correct; enter your own password to sign.";
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        db.Actor = new ChangeActor(access.ActorName, ChangeChannel.Web);
        await db.SignCasebookAsync(Participant, user.UserName!, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName! : user.DisplayName, meaning!, cancellationToken).ConfigureAwait(false);
        return Redirect($"{Back}/history#signatures");
    }

    private async Task<bool> LoadAsync(string studyId, string code, CancellationToken cancellationToken)
    {
        if (await AuditPages.FindParticipantAsync(db, access, studyId, code, cancellationToken).ConfigureAwait(false) is not { } participant)
        {
            return false;
        }

        Participant = participant;
        Signatures = await db.SignaturesAsync(studyId, participant.Id, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
