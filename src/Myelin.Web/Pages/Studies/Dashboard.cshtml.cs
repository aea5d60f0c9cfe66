using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Myelin.Analysis;
using Myelin.Data;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Web.Access;
using Myelin.Web.Studies;
using Myelin.Web.Workspace;

namespace Myelin.Web.Pages.Studies;

/// <summary>
/// The study dashboard: enrolment against the protocol's target, each event's done/due/overdue/missed counts on the
/// clock's date, diary adherence, open adverse events, and the mean primary score by week drawn by the report's code.
/// Counts cover the participants at the sites the user reaches; enrolment against target counts every site.
/// </summary>
[AuthorizeStudy(StudyAction.ViewStudy)]
public sealed class DashboardModel(MyelinDbContext db, StudyAccess access, TimeProvider clock) : PageModel
{
    /// <summary>The study.</summary>
    public WorkspaceStudy Study { get; private set; } = null!;

    /// <summary>Participants enrolled at any site (enrolled, completed or withdrawn after enrolment).</summary>
    public int EnrolledStudyWide { get; private set; }

    /// <summary>Participants screened at the sites the user reaches.</summary>
    public int ScreenedVisible { get; private set; }

    /// <summary>Participants enrolled at the sites the user reaches.</summary>
    public int EnrolledVisible { get; private set; }

    /// <summary>One row per scheduled event.</summary>
    public IReadOnlyList<EventCounts> Events { get; private set; } = [];

    /// <summary>Diary events whose due day has come (today or earlier), of participants still expected to fill them.</summary>
    public int DiaryDueSoFar { get; private set; }

    /// <summary>Of <see cref="DiaryDueSoFar"/>, those completed.</summary>
    public int DiaryDone { get; private set; }

    /// <summary>Adverse events without a resolution date.</summary>
    public int OpenAdverseEvents { get; private set; }

    /// <summary>The chart's SVG (drawn by Myelin.Reports); null when there is nothing to draw.</summary>
    public string? ChartSvg { get; private set; }

    /// <summary>Why there is no chart.</summary>
    public string? ChartNote { get; private set; }

    /// <summary>Loads the dashboard.</summary>
    public async Task<IActionResult> OnGetAsync(string studyId, CancellationToken cancellationToken)
    {
        var study = await WorkspaceStudy.LoadAsync(db, access, clock, studyId, cancellationToken).ConfigureAwait(false);
        if (study is null)
        {
            return NotFound();
        }

        Study = study;
        EnrolledStudyWide = await db.Participants.AsNoTracking().Where(p => p.StudyId == studyId && p.EnrolledOn != null).CountAsync(cancellationToken).ConfigureAwait(false);
        var people = await study.Participants(db).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        ScreenedVisible = people.Count;
        EnrolledVisible = people.Count(p => p.EnrolledOn is not null);
        var visibleIds = study.Participants(db).Select(p => p.Id);
        var recorded = (await db.Assessments.AsNoTracking().Where(a => visibleIds.Contains(a.ParticipantId))
                .Select(a => new { a.ParticipantId, a.EventId, a.InstrumentId }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(a => a.ParticipantId, a => (a.EventId, a.InstrumentId));
        OpenAdverseEvents = await db.AdverseEvents.AsNoTracking().Where(e => visibleIds.Contains(e.ParticipantId) && e.ResolvedOn == null)
            .CountAsync(cancellationToken).ConfigureAwait(false);
        CountEvents(study, people, recorded);
        await DrawChartAsync(study, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    private void CountEvents(WorkspaceStudy study, List<Participant> people, ILookup<long, (string, string)> recorded)
    {
        var protocol = study.Protocol;
        var counts = protocol.Schedule.Events.ToDictionary(e => e.Id, e => new EventCounts(e));
        foreach (var p in people.Where(p => p.EnrolledOn is not null))
        {
            var done = recorded[p.Id].ToHashSet();
            foreach (var s in ParticipantSchedule.Build(protocol, p, done, study.Today).Where(s => s.Expected))
            {
                counts[s.Due.Event.Id].Add(s.State);
                if (ParticipantSchedule.IsDiary(protocol, s.Due.Event) && s.Due.Due <= study.Today)
                {
                    DiaryDueSoFar++;
                    DiaryDone += s.State == EventState.Done ? 1 : 0;
                }
            }
        }

        Events = [.. counts.Values];
    }

    private async Task DrawChartAsync(WorkspaceStudy study, CancellationToken cancellationToken)
    {
        if (EnrolledStudyWide == 0)
        {
            ChartNote = "No participant is enrolled yet.";
            return;
        }

        try
        {
            var analysis = await StudyAnalysis.RunAsync(db, study.Stored, skipInvalid: true, cancellationToken).ConfigureAwait(false);
            ChartSvg = WorkspaceCharts.MeanByWeekSvg(analysis, study.ArmsHidden);
            ChartNote = ChartSvg is null ? "No ratings of the primary variable yet." : null;
        }
        catch (Exception e) when (e is InvalidAnalysisDataException or ArgumentException or InvalidOperationException)
        {
            ChartNote = "The chart cannot be drawn yet: " + e.Message;
        }
    }

    /// <summary>How many participants stand where at one event.</summary>
    public sealed class EventCounts(ScheduledEvent scheduledEvent)
    {
        /// <summary>The event.</summary>
        public ScheduledEvent Event => scheduledEvent;

        /// <summary>Done.</summary>
        public int Done { get; private set; }

        /// <summary>Due (window open, due day not passed).</summary>
        public int Due { get; private set; }

        /// <summary>Overdue (due day passed, window open).</summary>
        public int Overdue { get; private set; }

        /// <summary>Missed (window closed).</summary>
        public int Missed { get; private set; }

        /// <summary>Upcoming (window not open yet).</summary>
        public int Upcoming { get; private set; }

        /// <summary>Counts one participant's state.</summary>
        public void Add(EventState state)
        {
            switch (state)
            {
                case EventState.Done: Done++; break;
                case EventState.Due: Due++; break;
                case EventState.Overdue: Overdue++; break;
                case EventState.Missed: Missed++; break;
                default: Upcoming++; break;
            }
        }
    }
}
