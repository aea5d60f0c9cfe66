using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Forms;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Web.Access;
using Myelin.Web.Workspace;

namespace Myelin.Web.Pages.Studies;

/// <summary>
/// Screening and enrolment. The form is the protocol's screening instrument; eligibility is evaluated from the
/// protocol with every failed criterion's reason. Enrolment assigns the stratum (<see cref="Stratifier.AtEnrolment"/>)
/// and, for a randomised protocol, the arm at the next place of the allocation stratum's concealed permuted-block
/// sequence (<see cref="PermutedBlockAllocation"/>, <see cref="Api.Enrolment"/>): staff never choose the arm, which a
/// blinded trial cannot allow.
/// Nothing is saved while any field has an error.
/// </summary>
[AuthorizeStudy(StudyAction.EnrolParticipants)]
public sealed class ScreeningModel(MyelinDbContext db, StudyAccess access, TimeProvider clock) : PageModel
{
    /// <summary>The participant code.</summary>
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The site id (one of the user's sites).</summary>
    [BindProperty]
    public string? SiteId { get; set; }

    /// <summary>The enrolment date, <c>yyyy-MM-dd</c>; today by default.</summary>
    [BindProperty]
    public string? EnrolledOn { get; set; }

    /// <summary>The screening values by item id, as typed.</summary>
    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    /// <summary>What the button asked: <c>check</c> (evaluate only), <c>screen</c> (record a screen failure) or <c>enrol</c>.</summary>
    [BindProperty]
    public string? Action { get; set; }

    /// <summary>The study.</summary>
    public WorkspaceStudy Study { get; private set; } = null!;

    /// <summary>The screening instrument; null when the protocol has none.</summary>
    public Instrument? Form { get; private set; }

    /// <summary>The eligibility evaluated from the posted values; null before the first post.</summary>
    public EligibilityResult? Eligibility { get; private set; }

    /// <summary>Messages by field (<c>Code</c>, <c>SiteId</c>, <c>EnrolledOn</c>, <c>Action</c>, or an item id).</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Shows the empty form.</summary>
    public async Task<IActionResult> OnGetAsync(string studyId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(studyId, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        EnrolledOn = Study.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        SiteId = Study.VisibleSites.Count == 1 ? Study.VisibleSites[0].Id : null;
        return Page();
    }

    /// <summary>Checks, screens or enrols, as the button asked.</summary>
    public async Task<IActionResult> OnPostAsync(string studyId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(studyId, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        var action = Action ?? "check";
        if (action is not ("check" or "screen" or "enrol"))
        {
            Errors["Action"] = $"'{action}' is not an action of this form; allowed: check, screen, enrol.";
            return Invalid();
        }

        var values = CheckValues();
        var site = CheckSite();
        var code = await CheckCodeAsync(cancellationToken).ConfigureAwait(false);
        var enrolledOn = CheckDate();
        Eligibility = Domain.Protocols.Eligibility.Evaluate(Study.Protocol, values.ToDictionary(v => v.Item.Id, v => (string?)v.Value));
        if (Errors.Count > 0)
        {
            return Invalid();
        }

        if (action == "check")
        {
            return Page();
        }

        if (action == "enrol" && !Eligibility.IsEligible)
        {
            Errors["Action"] = $"'{code}' is not eligible, so cannot be enrolled; nothing was saved. Record a screen failure instead.";
            return Invalid();
        }

        Participant? participant = null;
        try
        {
            // Each try checks the code again under the writers' lock: another screening may have taken it meanwhile.
            var saved = await Api.Enrolment.SaveAllocatedAsync(db, async attemptCt =>
            {
                if (await CheckCodeAsync(attemptCt).ConfigureAwait(false) is null || (participant = Screen(site!, code!, values)) is null)
                {
                    return false;
                }

                if (action == "enrol")
                {
                    await EnrolAsync(participant, values, enrolledOn!.Value, attemptCt).ConfigureAwait(false);
                }

                db.Actor = new ChangeActor(access.ActorName, ChangeChannel.Web);
                db.Participants.Add(participant);
                return true;
            }, cancellationToken).ConfigureAwait(false);
            if (!saved)
            {
                return Invalid();
            }
        }
        catch (DbUpdateException)
        {
            Errors["Action"] = $"'{code}' could not be saved: other screenings were saved at the same moment {Api.Enrolment.Attempts} times; nothing was saved, submit again.";
            return Invalid();
        }

        return Redirect($"/studies/{Uri.EscapeDataString(Study.Study.Id)}/participants/{Uri.EscapeDataString(participant!.Code)}");
    }

    /// <summary>The field of one screening item.</summary>
    public ItemField Field(Item item) => ItemField.For(item, nameof(Values), Values, Errors);

    /// <summary>The message of a field, or null.</summary>
    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);

    private async Task<bool> LoadAsync(string studyId, CancellationToken cancellationToken)
    {
        var study = await WorkspaceStudy.LoadAsync(db, access, clock, studyId, cancellationToken).ConfigureAwait(false);
        if (study is null)
        {
            return false;
        }

        Study = study;
        Form = study.Protocol.Screening is { } s ? study.Protocol.FindInstrument(s.Instrument) : null;
        return true;
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private List<CheckedItemValue> CheckValues()
    {
        if (Form is null)
        {
            return [];
        }

        var given = Values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => new KeyValuePair<string, string>(v.Key, v.Value!)).ToList();
        var result = FormCheck.Check(Study.Protocol, FormCheck.ScreeningEvent, Form.Id, given, requireAll: false);
        foreach (var problem in result.Problems)
        {
            Errors[problem.ItemId is { } id && Form.FindItem(id) is not null ? id : "Action"] = problem.Message;
        }

        return [.. result.Values];
    }

    private Domain.Records.Site? CheckSite()
    {
        var site = Study.VisibleSites.FirstOrDefault(s => s.Id == SiteId);
        if (site is null)
        {
            Errors["SiteId"] = string.IsNullOrWhiteSpace(SiteId)
                ? "Choose the site."
                : $"'{SiteId}' is not one of your sites; allowed: {string.Join(", ", Study.VisibleSites.Select(s => s.Id))}.";
        }

        return site;
    }

    private async Task<string?> CheckCodeAsync(CancellationToken cancellationToken)
    {
        var code = Code?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            Errors["Code"] = "A participant code is required, e.g. P031.";
            return null;
        }

        if (await db.Participants.AnyAsync(p => p.StudyId == Study.Study.Id && p.Code == code, cancellationToken).ConfigureAwait(false))
        {
            Errors["Code"] = $"'{code}' is already a participant code in this study; codes are unique per study.";
            return null;
        }

        return code;
    }

    private DateOnly? CheckDate()
    {
        if (!DateOnly.TryParseExact(EnrolledOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Errors["EnrolledOn"] = $"'{EnrolledOn}' is not a date yyyy-MM-dd.";
            return null;
        }

        if (date > Study.Today)
        {
            Errors["EnrolledOn"] = $"The enrolment date {date:yyyy-MM-dd} is in the future; today is {Study.Today:yyyy-MM-dd}.";
            return null;
        }

        return date;
    }

    private Participant? Screen(Domain.Records.Site site, string code, List<CheckedItemValue> values)
    {
        var now = clock.GetUtcNow();
        var etiologyItem = Study.Protocol.Stratification?.Etiology?.Item;
        try
        {
            var participant = Participant.Screen(site, code, values.Find(v => v.Item.Id == etiologyItem)?.Value, now);
            foreach (var v in values)
            {
                participant.RecordScreeningValue(v.Item.Id, v.Value, v.Number, v.Item.Unit, now);
            }

            return participant;
        }
        catch (DomainRuleException e)
        {
            Errors["Code"] = e.Message;
            return null;
        }
    }

    private async Task EnrolAsync(Participant participant, List<CheckedItemValue> values, DateOnly enrolledOn, CancellationToken cancellationToken)
    {
        var protocol = Study.Protocol;
        var raw = values.ToDictionary(v => v.Item.Id, v => (string?)v.Value);
        var stratum = Stratifier.AtEnrolment(protocol, raw);
        // One allocation rule for the page and the API: the next free place of the stratum's concealed sequence.
        await Api.Enrolment.EnrolAsync(db, protocol, participant, stratum, enrolledOn, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }
}
