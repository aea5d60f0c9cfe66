using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Data.Queries;
using Myelin.Domain.Forms;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Web.Access;
using Myelin.Web.Workspace;

namespace Myelin.Web.Pages.Studies.Participants;

/// <summary>
/// A clinic form: one instrument at one event (e.g. the labs at visit-w4), each value checked by the protocol's item
/// rules and stored with the item's unit. A recorded value is never silently overwritten: changing or clearing one
/// needs a reason, which the change log keeps with the old and new value.
/// </summary>
[AuthorizeStudy(StudyAction.EnterData)]
public sealed class AssessmentModel(MyelinDbContext db, StudyAccess access, TimeProvider clock) : PageModel
{
    /// <summary>The values by item id, as typed.</summary>
    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    /// <summary>Why recorded values are changed; required for a correction.</summary>
    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    /// <summary>The study.</summary>
    public WorkspaceStudy Study { get; private set; } = null!;

    /// <summary>The participant.</summary>
    public Participant Participant { get; private set; } = null!;

    /// <summary>The event.</summary>
    public ScheduledEvent Event { get; private set; } = null!;

    /// <summary>The instrument.</summary>
    public Instrument Instrument { get; private set; } = null!;

    /// <summary>The assessment already recorded, or null.</summary>
    public Assessment? Existing { get; private set; }

    /// <summary>Messages by item id, <c>reason</c> or <c>form</c>.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Shows the form with the recorded values.</summary>
    public async Task<IActionResult> OnGetAsync(string studyId, string code, string eventId, string instrumentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(studyId, code, eventId, instrumentId, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        Values = Existing?.Items.ToDictionary(v => v.ItemId, v => (string?)v.Value) ?? [];
        return Page();
    }

    /// <summary>Checks and stores the form; nothing is stored while any field has an error.</summary>
    public async Task<IActionResult> OnPostAsync(string studyId, string code, string eventId, string instrumentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(studyId, code, eventId, instrumentId, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        var given = Values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => new KeyValuePair<string, string>(v.Key, v.Value!)).ToList();
        var check = FormCheck.Check(Study.Protocol, Event.Id, Instrument.Id, given, requireAll: true);
        foreach (var problem in check.Problems)
        {
            Errors[problem.ItemId is { } id && Instrument.FindItem(id) is not null ? id : "form"] = problem.Message;
        }

        var changed = Existing is null ? [] : Existing.Items
            .Where(old => check.Values.FirstOrDefault(v => v.Item.Id == old.ItemId) is not { } now || now.Value != old.Value)
            .Select(old => old.ItemId).ToList();
        var reason = Reason?.Trim();
        if (changed.Count > 0 && string.IsNullOrEmpty(reason))
        {
            Errors["reason"] = $"A reason is required to change recorded values ({string.Join(", ", changed)}).";
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var now = clock.GetUtcNow();
        var assessment = Existing ?? Assessment.Record(Participant, Event.Id, Instrument.Id, AssessmentSource.Clinic, access.ActorName, now);
        foreach (var v in check.Values)
        {
            assessment.SetValue(v.Item.Id, v.Value, v.Number, v.Item.Unit);
        }

        foreach (var cleared in changed.Where(id => check.Values.All(v => v.Item.Id != id)))
        {
            assessment.RemoveValue(cleared);
        }

        if (Existing is null)
        {
            db.Assessments.Add(assessment);
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

        return Redirect($"/studies/{Uri.EscapeDataString(Study.Study.Id)}/participants/{Uri.EscapeDataString(Participant.Code)}#assessment-{Event.Id}-{Instrument.Id}");
    }

    /// <summary>The field of one item.</summary>
    public ItemField Field(Item item) => ItemField.For(item, nameof(Values), Values, Errors);

    private async Task<bool> LoadAsync(string studyId, string code, string eventId, string instrumentId, CancellationToken cancellationToken)
    {
        var study = await WorkspaceStudy.LoadAsync(db, access, clock, studyId, cancellationToken).ConfigureAwait(false);
        var participant = study is null ? null : await study.FindParticipantAsync(db, code, cancellationToken).ConfigureAwait(false);
        var scheduled = study?.Protocol.FindEvent(eventId);
        if (study is null || participant?.EnrolledOn is null || scheduled is null || !scheduled.HasInstrument(instrumentId))
        {
            return false;
        }

        Study = study;
        Participant = participant;
        Event = scheduled;
        Instrument = study.Protocol.GetInstrument(instrumentId);
        Existing = await db.Assessments.FindForEventAsync(participant.Id, eventId, instrumentId, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
