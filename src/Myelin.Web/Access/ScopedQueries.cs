using Myelin.Domain.Records;

namespace Myelin.Web.Access;

/// <summary>Query filters that narrow records to what a <see cref="StudyScope"/> reaches: its study and its sites.</summary>
public static class ScopedQueries
{
    /// <summary>The participants of the scope's study at the sites it reaches.</summary>
    public static IQueryable<Participant> VisibleIn(this IQueryable<Participant> participants, StudyScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var q = participants.Where(p => p.StudyId == scope.StudyId);
        if (scope.AllSites)
        {
            return q;
        }

        var sites = scope.Sites.ToList();
        return q.Where(p => sites.Contains(p.SiteId));
    }
}
