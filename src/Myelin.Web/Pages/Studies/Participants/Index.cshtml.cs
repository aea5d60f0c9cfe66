using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Web.Access;
using Myelin.Web.Workspace;

namespace Myelin.Web.Pages.Studies.Participants;

/// <summary>The participants at the sites the user reaches, with what is due or overdue for each today.</summary>
[AuthorizeStudy(StudyAction.ViewParticipants)]
public sealed class IndexModel(MyelinDbContext db, StudyAccess access, TimeProvider clock) : PageModel
{
    /// <summary>The study.</summary>
    public WorkspaceStudy Study { get; private set; } = null!;

    /// <summary>The rows, in code order.</summary>
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>Loads the list.</summary>
    public async Task<IActionResult> OnGetAsync(string studyId, CancellationToken cancellationToken)
    {
        var study = await WorkspaceStudy.LoadAsync(db, access, clock, studyId, cancellationToken).ConfigureAwait(false);
        if (study is null)
        {
            return NotFound();
        }

        Study = study;
        var people = await study.Participants(db).AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = study.Participants(db).Select(p => p.Id);
        var recorded = (await db.Assessments.AsNoTracking().Where(a => ids.Contains(a.ParticipantId))
                .Select(a => new { a.ParticipantId, a.EventId, a.InstrumentId }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(a => a.ParticipantId, a => (a.EventId, a.InstrumentId));
        Rows = people.Select(p =>
        {
            var schedule = ParticipantSchedule.Build(study.Protocol, p, recorded[p.Id].ToHashSet(), study.Today).Where(s => s.Expected).ToList();
            return new Row(p, schedule.Count(s => s.State == EventState.Done), schedule.Count(s => s.State is EventState.Due or EventState.Overdue),
                schedule.Count(s => s.State == EventState.Missed));
        }).ToList();
        return Page();
    }

    /// <summary>One participant's line.</summary>
    /// <param name="Participant">The participant.</param>
    /// <param name="Done">Events done.</param>
    /// <param name="Open">Events due or overdue today.</param>
    /// <param name="Missed">Events missed.</param>
    public sealed record Row(Participant Participant, int Done, int Open, int Missed);
}
