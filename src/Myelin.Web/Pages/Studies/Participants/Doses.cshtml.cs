using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Records;
using Myelin.Web.Access;
using Myelin.Web.Workspace;

namespace Myelin.Web.Pages.Studies.Participants;

/// <summary>
/// Records whether one dose was taken (date × slot). The slots are morning and evening for a twice-daily regimen,
/// else dose numbers. A recorded dose changed to the other answer needs a reason.
/// </summary>
[AuthorizeStudy(StudyAction.EnterData)]
public sealed class DosesModel(MyelinDbContext db, StudyAccess access, TimeProvider clock) : PageModel
{
    /// <summary>The day the dose was due, <c>yyyy-MM-dd</c>.</summary>
    [BindProperty]
    public string? Date { get; set; }

    /// <summary>The slot: <c>morning</c>, <c>evening</c> or a dose number.</summary>
    [BindProperty]
    public string? Slot { get; set; }

    /// <summary><c>yes</c> when taken, <c>no</c> when not.</summary>
    [BindProperty]
    public string? Taken { get; set; }

    /// <summary>Why a recorded dose is corrected.</summary>
    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    /// <summary>The study.</summary>
    public WorkspaceStudy Study { get; private set; } = null!;

    /// <summary>The participant.</summary>
    public Participant Participant { get; private set; } = null!;

    /// <summary>The slots offered.</summary>
    public IReadOnlyList<string> Slots { get; private set; } = [];

    /// <summary>Messages by field name, or <c>form</c>.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The participant page.</summary>
    public string Back => $"/studies/{Uri.EscapeDataString(Study.Study.Id)}/participants/{Uri.EscapeDataString(Participant.Code)}";

    /// <summary>Shows the form, dated today.</summary>
    public async Task<IActionResult> OnGetAsync(string studyId, string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(studyId, code, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        Date = Study.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Page();
    }

    /// <summary>Checks and stores; nothing is stored while any field has an error.</summary>
    public async Task<IActionResult> OnPostAsync(string studyId, string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(studyId, code, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        DateOnly date = default;
        if (!DateOnly.TryParseExact(Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            Errors[nameof(Date)] = $"'{Date}' is not a date yyyy-MM-dd.";
        }
        else if (date > Study.Today)
        {
            Errors[nameof(Date)] = $"{Date} is in the future; today is {Study.Today:yyyy-MM-dd}.";
        }
        else if (date < Participant.EnrolledOn)
        {
            Errors[nameof(Date)] = $"{Date} is before the enrolment on {Participant.EnrolledOn:yyyy-MM-dd}; doses start at enrolment.";
        }

        if (Slot is null || !Slots.Contains(Slot))
        {
            Errors[nameof(Slot)] = $"Choose the slot: {string.Join(", ", Slots)}.";
        }

        var taken = Taken switch { "yes" => true, "no" => (bool?)false, _ => null };
        if (taken is null)
        {
            Errors[nameof(Taken)] = "Choose yes or no.";
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var existing = await db.DoseRecords.SingleOrDefaultAsync(d => d.ParticipantId == Participant.Id && d.Date == date && d.Slot == Slot, cancellationToken).ConfigureAwait(false);
        var reason = Reason?.Trim();
        if (existing is not null && existing.Taken == taken)
        {
            return Redirect(Back + "#doses");
        }

        if (existing is not null && string.IsNullOrEmpty(reason))
        {
            Errors["reason"] = $"The {Slot} dose of {Date} is already recorded as {(existing.Taken ? "taken" : "not taken")}; a reason is required to change it.";
            return Invalid();
        }

        var now = clock.GetUtcNow();
        if (existing is null)
        {
            db.DoseRecords.Add(DoseRecord.Record(Participant, date, Slot!, taken!.Value, access.ActorName, now));
        }
        else
        {
            existing.Correct(taken!.Value, access.ActorName, now);
        }

        db.Actor = new ChangeActor(access.ActorName, ChangeChannel.Web, string.IsNullOrEmpty(reason) ? null : reason);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DomainRuleException e)
        {
            Errors["form"] = e.Message + " Nothing was saved.";
            return Invalid();
        }

        return Redirect(Back + "#doses");
    }

    private async Task<bool> LoadAsync(string studyId, string code, CancellationToken cancellationToken)
    {
        var study = await WorkspaceStudy.LoadAsync(db, access, clock, studyId, cancellationToken).ConfigureAwait(false);
        var participant = study is null ? null : await study.FindParticipantAsync(db, code, cancellationToken).ConfigureAwait(false);
        if (study is null || participant?.EnrolledOn is null)
        {
            return false;
        }

        Study = study;
        Participant = participant;
        var perDay = study.Protocol.Arms.Max(a => a.TimesPerDay);
        Slots = perDay == 2 ? [DoseRecord.Morning, DoseRecord.Evening] : [.. Enumerable.Range(1, perDay).Select(n => n.ToString(CultureInfo.InvariantCulture))];
        return true;
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
