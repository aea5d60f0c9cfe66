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
/// Reports a new adverse event or updates one: term, onset, severity, seriousness, relatedness, outcome and the
/// resolution date, which an ending outcome requires and which may not precede onset. Term and onset are fixed once
/// reported; any change to a reported event needs a reason.
/// </summary>
[AuthorizeStudy(StudyAction.EnterData)]
public sealed class AdverseEventFormModel(MyelinDbContext db, StudyAccess access, TimeProvider clock) : PageModel
{
    /// <summary>The reported term, e.g. "nausea".</summary>
    [BindProperty]
    public string? Term { get; set; }

    /// <summary>Onset date, <c>yyyy-MM-dd</c>.</summary>
    [BindProperty]
    public string? OnsetOn { get; set; }

    /// <summary>Severity: Mild, Moderate or Severe.</summary>
    [BindProperty]
    public string? Severity { get; set; }

    /// <summary>Serious: yes or no.</summary>
    [BindProperty]
    public string? Serious { get; set; }

    /// <summary>Relatedness to the study product (an <see cref="AeCausality"/> name).</summary>
    [BindProperty]
    public string? Related { get; set; }

    /// <summary>Outcome (an <see cref="AeOutcome"/> name).</summary>
    [BindProperty]
    public string? Outcome { get; set; }

    /// <summary>Resolution date, <c>yyyy-MM-dd</c>; required for an ending outcome, empty otherwise.</summary>
    [BindProperty]
    public string? ResolvedOn { get; set; }

    /// <summary>Why a reported event is changed.</summary>
    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    /// <summary>The study.</summary>
    public WorkspaceStudy Study { get; private set; } = null!;

    /// <summary>The participant.</summary>
    public Participant Participant { get; private set; } = null!;

    /// <summary>The event being updated; null for a new report.</summary>
    public AdverseEvent? Existing { get; private set; }

    /// <summary>Messages by field name, or <c>form</c>.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Shows the form (empty, or the event's current values).</summary>
    public async Task<IActionResult> OnGetAsync(string studyId, string code, string aeId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(studyId, code, aeId, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (Existing is { } e)
        {
            (Term, OnsetOn, Severity, Serious, Related, Outcome, ResolvedOn) = (e.Term, D(e.OnsetOn), e.Severity.ToString(), e.Serious ? "yes" : "no", e.Related.ToString(), e.Outcome.ToString(), e.ResolvedOn is { } r ? D(r) : null);
        }
        else
        {
            Outcome = nameof(AeOutcome.NotRecovered);
        }

        return Page();
    }

    /// <summary>Checks and stores; nothing is stored while any field has an error.</summary>
    public async Task<IActionResult> OnPostAsync(string studyId, string code, string aeId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(studyId, code, aeId, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        var term = Term?.Trim();
        if (Existing is null && string.IsNullOrEmpty(term))
        {
            Errors[nameof(Term)] = "The term is required, e.g. nausea.";
        }
        else if (term is { Length: > 200 })
        {
            Errors[nameof(Term)] = $"The term is {term.Length} characters long; at most 200 are allowed.";
        }

        var onset = Existing?.OnsetOn ?? Date(nameof(OnsetOn), OnsetOn, required: true);
        var severity = Choice<AeSeverity>(nameof(Severity), Severity);
        var serious = Serious switch { "yes" => true, "no" => (bool?)false, _ => null };
        if (serious is null)
        {
            Errors[nameof(Serious)] = "Choose yes or no.";
        }

        var related = Choice<AeCausality>(nameof(Related), Related);
        var outcome = Choice<AeOutcome>(nameof(Outcome), Outcome);
        var resolved = Date(nameof(ResolvedOn), ResolvedOn, required: false);
        var ends = outcome is AeOutcome.Recovered or AeOutcome.RecoveredWithSequelae or AeOutcome.Fatal;
        if (outcome is not null && !Errors.ContainsKey(nameof(ResolvedOn)))
        {
            if (ends && resolved is null)
            {
                Errors[nameof(ResolvedOn)] = $"Outcome {outcome} ends the event: give the date it resolved.";
            }
            else if (!ends && resolved is not null)
            {
                Errors[nameof(ResolvedOn)] = $"Outcome {outcome} means the event is ongoing: leave the resolution date empty, or choose Recovered, RecoveredWithSequelae or Fatal.";
            }
            else if (resolved is { } r && onset is { } o && r < o)
            {
                Errors[nameof(ResolvedOn)] = $"The resolution date {D(r)} is before the onset {D(o)}.";
            }
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var reason = Reason?.Trim();
        var now = clock.GetUtcNow();
        var by = access.ActorName;
        var ae = Existing;
        var changed = ae is null || ae.Severity != severity || ae.Serious != serious || ae.Related != related || ae.Outcome != outcome || ae.ResolvedOn != resolved;
        if (ae is not null && changed && string.IsNullOrEmpty(reason))
        {
            Errors["reason"] = "A reason is required to change a reported adverse event.";
            return Invalid();
        }

        if (ae is null)
        {
            ae = AdverseEvent.Report(Participant, term!, onset!.Value, severity!.Value, serious!.Value, related!.Value, by, now);
            db.AdverseEvents.Add(ae);
        }
        else if (ae.Severity != severity || ae.Serious != serious || ae.Related != related)
        {
            ae.Reassess(severity!.Value, serious!.Value, related!.Value, by, now);
        }

        if (ae.Outcome != outcome || ae.ResolvedOn != resolved)
        {
            if (ends)
            {
                if (ae.ResolvedOn is not null)
                {
                    ae.Reopen(by, now);
                }

                ae.Resolve(resolved!.Value, outcome!.Value, by, now);
            }
            else
            {
                ae.SetOngoingOutcome(outcome!.Value, by, now);
            }
        }

        if (!changed)
        {
            return Redirect(Back);
        }

        db.Actor = new ChangeActor(by, ChangeChannel.Web, string.IsNullOrEmpty(reason) ? null : reason);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DomainRuleException e)
        {
            Errors["form"] = e.Message + " Nothing was saved.";
            return Invalid();
        }

        return Redirect(Back);
    }

    /// <summary>The participant page.</summary>
    public string Back => $"/studies/{Uri.EscapeDataString(Study.Study.Id)}/participants/{Uri.EscapeDataString(Participant.Code)}";

    private async Task<bool> LoadAsync(string studyId, string code, string aeId, CancellationToken cancellationToken)
    {
        var study = await WorkspaceStudy.LoadAsync(db, access, clock, studyId, cancellationToken).ConfigureAwait(false);
        var participant = study is null ? null : await study.FindParticipantAsync(db, code, cancellationToken).ConfigureAwait(false);
        if (study is null || participant?.EnrolledOn is null)
        {
            return false;
        }

        Study = study;
        Participant = participant;
        if (aeId == "new")
        {
            return true;
        }

        if (!long.TryParse(aeId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        Existing = await db.AdverseEvents.SingleOrDefaultAsync(e => e.Id == id && e.ParticipantId == participant.Id, cancellationToken).ConfigureAwait(false);
        return Existing is not null;
    }

    private DateOnly? Date(string field, string? text, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Errors[field] = "A date yyyy-MM-dd is required.";
            }

            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Errors[field] = $"'{text}' is not a date yyyy-MM-dd.";
            return null;
        }

        if (date > Study.Today)
        {
            Errors[field] = $"{D(date)} is in the future; today is {D(Study.Today)}.";
            return null;
        }

        return date;
    }

    private T? Choice<T>(string field, string? text)
        where T : struct, Enum
    {
        if (text is not null && Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return value;
        }

        Errors[field] = string.IsNullOrEmpty(text)
            ? $"Choose one of: {string.Join(", ", Enum.GetNames<T>())}."
            : $"'{text}' is not allowed; choose one of: {string.Join(", ", Enum.GetNames<T>())}.";
        return null;
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
