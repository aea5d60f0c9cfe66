using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.Queries;
using Myelin.Domain.Records;
using Myelin.Web.Access;
using Myelin.Web.Workspace;

namespace Myelin.Web.Pages.Studies.Participants;

/// <summary>
/// One participant's casebook: the schedule with each window's state on the clock's date, the trajectory of the
/// primary variable (the report's figure code), and every form: screening values, assessments with units, doses and
/// adverse events. A participant at a site outside the user's scope is not found (404).
/// </summary>
[AuthorizeStudy(StudyAction.ViewParticipants)]
public sealed class DetailsModel(MyelinDbContext db, StudyAccess access, TimeProvider clock) : PageModel
{
    /// <summary>The study.</summary>
    public WorkspaceStudy Study { get; private set; } = null!;

    /// <summary>The participant.</summary>
    public Participant Participant { get; private set; } = null!;

    /// <summary>The schedule with states; empty before enrolment.</summary>
    public IReadOnlyList<ScheduledState> Schedule { get; private set; } = [];

    /// <summary>The assessments with their values, in schedule order.</summary>
    public IReadOnlyList<Assessment> Assessments { get; private set; } = [];

    /// <summary>The dose records, by date and slot.</summary>
    public IReadOnlyList<DoseRecord> Doses { get; private set; } = [];

    /// <summary>The adverse events, by onset.</summary>
    public IReadOnlyList<AdverseEvent> AdverseEvents { get; private set; } = [];

    /// <summary>The trajectory chart's SVG; null before any rating.</summary>
    public string? TrajectorySvg { get; private set; }

    /// <summary>Loads the casebook.</summary>
    public async Task<IActionResult> OnGetAsync(string studyId, string code, CancellationToken cancellationToken)
    {
        var study = await WorkspaceStudy.LoadAsync(db, access, clock, studyId, cancellationToken).ConfigureAwait(false);
        var participant = study is null ? null : await study.FindParticipantAsync(db, code, cancellationToken).ConfigureAwait(false);
        if (study is null || participant is null)
        {
            return NotFound();
        }

        Study = study;
        Participant = participant;
        var assessments = await db.Assessments.AsNoTracking().ForParticipant(participant.Id).Include(a => a.Items)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var order = study.Protocol.Schedule.Events.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i);
        Assessments = assessments.OrderBy(a => order.GetValueOrDefault(a.EventId, int.MaxValue)).ThenBy(a => a.InstrumentId, StringComparer.Ordinal).ToList();
        Schedule = ParticipantSchedule.Build(study.Protocol, participant, assessments.Select(a => (a.EventId, a.InstrumentId)).ToHashSet(), study.Today);
        Doses = (await db.DoseRecords.AsNoTracking().Where(d => d.ParticipantId == participant.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(d => d.Date).ThenBy(d => d.Slot, StringComparer.Ordinal).ToList();
        AdverseEvents = (await db.AdverseEvents.AsNoTracking().Where(e => e.ParticipantId == participant.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(e => e.OnsetOn).ThenBy(e => e.Id).ToList();
        TrajectorySvg = WorkspaceCharts.TrajectorySvg(study.Protocol, participant, assessments);
        return Page();
    }

    /// <summary>The base URL of the participant's pages.</summary>
    public string Base => $"/studies/{Uri.EscapeDataString(Study.Study.Id)}/participants/{Uri.EscapeDataString(Participant.Code)}";

    /// <summary>The unit an item of an instrument has in the protocol (shown when a stored value carries none).</summary>
    public string? UnitOf(string instrumentId, string itemId) => Study.Protocol.FindItem(instrumentId, itemId)?.Unit;

    /// <summary>An item's label, or its id when the protocol no longer has it.</summary>
    public string LabelOf(string instrumentId, string itemId) => Study.Protocol.FindItem(instrumentId, itemId)?.Label ?? itemId;
}
