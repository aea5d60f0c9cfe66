using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Records;

namespace Myelin.Data.Queries;

/// <summary>Recurring queries over studies.</summary>
public static class StudyQueries
{
    /// <summary>Studies with their protocol versions and sites loaded.</summary>
    public static IQueryable<Study> WithProtocolsAndSites(this IQueryable<Study> studies) =>
        studies.Include(s => s.ProtocolVersions).Include(s => s.Sites).AsSplitQuery();

    /// <summary>The study with this id, with its protocol versions and sites, or null.</summary>
    public static Task<Study?> FindWithProtocolsAndSitesAsync(this IQueryable<Study> studies, string studyId, CancellationToken cancellationToken = default) =>
        studies.WithProtocolsAndSites().SingleOrDefaultAsync(s => s.Id == studyId, cancellationToken);
}
