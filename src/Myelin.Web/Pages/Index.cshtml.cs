using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Web.Access;

namespace Myelin.Web.Pages;

/// <summary>The study list: only the studies granted to the user, with the participants at the sites they reach.</summary>
public sealed class IndexModel(MyelinDbContext db, StudyAccess access) : PageModel
{
    /// <summary>The studies shown.</summary>
    public IReadOnlyList<StudyRow> Studies { get; private set; } = [];

    /// <summary>Loads the rows.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scopes = await access.ScopesAsync(cancellationToken).ConfigureAwait(false);
        var ids = scopes.Keys.ToList();
        var studies = await db.Studies.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<StudyRow>(studies.Count);
        foreach (var study in studies)
        {
            var scope = scopes[study.Id];
            var participants = scope.Can(StudyAction.ViewParticipants)
                ? await db.Participants.AsNoTracking().VisibleIn(scope).CountAsync(cancellationToken).ConfigureAwait(false)
                : (int?)null;
            rows.Add(new StudyRow(study.Id, study.Title, scope.MainRole.ToString(), scope.AllSites ? "all" : string.Join(", ", scope.Sites.Order(StringComparer.Ordinal)), participants?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"));
        }

        Studies = rows;
    }

    /// <summary>One row of the list.</summary>
    public sealed record StudyRow(string Id, string Title, string Role, string Sites, string Participants);
}
