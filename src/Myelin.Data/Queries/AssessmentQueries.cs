using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Records;

namespace Myelin.Data.Queries;

/// <summary>Recurring queries over assessments.</summary>
public static class AssessmentQueries
{
    /// <summary>The assessments of one study's participants.</summary>
    public static IQueryable<Assessment> InStudy(this IQueryable<Assessment> assessments, string studyId) =>
        assessments.Where(a => a.Participant.StudyId == studyId);

    /// <summary>The assessments of one participant.</summary>
    public static IQueryable<Assessment> ForParticipant(this IQueryable<Assessment> assessments, long participantId) =>
        assessments.Where(a => a.ParticipantId == participantId);

    /// <summary>Assessments with their item values and participant loaded.</summary>
    public static IQueryable<Assessment> WithItems(this IQueryable<Assessment> assessments) =>
        assessments.Include(a => a.Items).Include(a => a.Participant);

    /// <summary>The assessment of one participant at one event with one instrument, with its item values, or null.</summary>
    public static Task<Assessment?> FindForEventAsync(this IQueryable<Assessment> assessments, long participantId, string eventId, string instrumentId, CancellationToken cancellationToken = default) =>
        assessments.WithItems().SingleOrDefaultAsync(a => a.ParticipantId == participantId && a.EventId == eventId && a.InstrumentId == instrumentId, cancellationToken);
}
