using Myelin.Analysis;
using Myelin.Analysis.Data;
using Myelin.Analysis.Results;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Reports.Charts;
using Myelin.Web.Studies;

namespace Myelin.Web.Workspace;

/// <summary>
/// The workspace's charts, drawn on the server as SVG by the report's own figure code (<see cref="Figures"/>), so the
/// dashboard and the report never disagree. Chart text is written by Skia's SVG canvas, which escapes it as XML text.
/// </summary>
public static class WorkspaceCharts
{
    /// <summary>
    /// The mean of the primary variable by week per group, from the study's analysis: by arm for an open or single-blind
    /// randomised study; by severity stratum for a single-arm study and for a double-blind one (the arm would unblind
    /// the investigators); null when there is nothing to draw yet.
    /// </summary>
    public static string? MeanByWeekSvg(StudyAnalysis analysis, bool armsHidden)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var protocol = analysis.Study.Protocol;
        var by = armsHidden || !protocol.Study.Design.IsRandomised
            ? protocol.Stratification?.Severity is not null ? "stratum" : "all"
            : "arm";
        var course = analysis.Result.TimeCourse.FirstOrDefault(c => c.Instrument == protocol.PrimaryEndpoint.Instrument && c.Variable == protocol.PrimaryEndpoint.Variable);
        if (course is null || course.Series.All(s => s.Points.All(p => p.N == 0)))
        {
            return null;
        }

        return Figures.MeanByWeek(analysis.Result, protocol, by).ToSvg();
    }

    /// <summary>One participant's primary variable over the weeks (the report's trajectories figure, with one line); null when nothing is rated yet.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <param name="participant">The participant (enrolled).</param>
    /// <param name="assessments">The participant's assessments with their item values.</param>
    public static string? TrajectorySvg(Protocol protocol, Participant participant, IEnumerable<Assessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(assessments);
        var primary = protocol.PrimaryEndpoint;
        var rows = assessments.Where(a => a.InstrumentId == primary.Instrument)
            .SelectMany(a => a.Items.Select(v => new ObservationRow(participant.Code, participant.SiteId, participant.Arm, participant.Stratum,
                a.EventId, a.InstrumentId, v.ItemId, v.Value, a.EnteredAt, 0)))
            .ToList();
        if (rows.Count == 0 || participant.EnrolledOn is null)
        {
            return null;
        }

        var facts = new ParticipantFacts(participant.Code, participant.SiteId, participant.Arm, participant.Stratum, participant.Etiology,
            participant.Status switch
            {
                ParticipantStatus.Withdrawn => ParticipantDisposition.Withdrawn,
                ParticipantStatus.Completed => ParticipantDisposition.Completed,
                _ => ParticipantDisposition.Enrolled,
            },
            participant.EnrolledOn, null, null);
        var data = AnalysisDataset.FromRows(protocol, rows, [facts]);
        return data.Participants.Count == 0 ? null : Figures.Trajectories(data, "all").ToSvg();
    }

    /// <summary>The analysis' time course of the primary variable, for tables beside the chart; null when absent.</summary>
    public static TimeCourseResult? PrimaryTimeCourse(AnalysisResult result, Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(protocol);
        return result.TimeCourse.FirstOrDefault(c => c.Instrument == protocol.PrimaryEndpoint.Instrument && c.Variable == protocol.PrimaryEndpoint.Variable);
    }
}
