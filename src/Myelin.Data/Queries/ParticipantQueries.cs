using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Records;

namespace Myelin.Data.Queries;

/// <summary>Recurring queries over participants.</summary>
public static class ParticipantQueries
{
    /// <summary>The participants of one study.</summary>
    public static IQueryable<Participant> InStudy(this IQueryable<Participant> participants, string studyId) =>
        participants.Where(p => p.StudyId == studyId);

    /// <summary>The participants with one status.</summary>
    public static IQueryable<Participant> WithStatus(this IQueryable<Participant> participants, ParticipantStatus status) =>
        participants.Where(p => p.Status == status);

    /// <summary>The participants in code order.</summary>
    public static IQueryable<Participant> InCodeOrder(this IQueryable<Participant> participants) =>
        participants.OrderBy(p => p.Code);

    /// <summary>The participant with this code in this study, with its screening values, or null.</summary>
    public static Task<Participant?> FindByCodeAsync(this IQueryable<Participant> participants, string studyId, string code, CancellationToken cancellationToken = default) =>
        participants.Include(p => p.ScreeningValues).SingleOrDefaultAsync(p => p.StudyId == studyId && p.Code == code, cancellationToken);
}
