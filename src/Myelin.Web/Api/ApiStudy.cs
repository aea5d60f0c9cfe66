using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Domain.Records;
using Myelin.Web.Access;
using Myelin.Web.Studies;

namespace Myelin.Web.Api;

/// <summary>What every study endpoint starts from: the stored study with its protocol, and the caller's scope in it.</summary>
/// <param name="Stored">The study and its current protocol.</param>
/// <param name="Scope">The caller's roles and sites in it.</param>
public sealed record ApiStudy(StoredStudy Stored, StudyScope Scope)
{
    /// <summary>Loads the study in the caller's scope; null when it does not exist or the caller has no scope in it.</summary>
    public static async Task<ApiStudy?> LoadAsync(MyelinDbContext db, StudyAccess access, string studyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var scope = await access.ScopeAsync(studyId, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return null;
        }

        var stored = await StoredStudy.LoadAsync(db, studyId, cancellationToken).ConfigureAwait(false);
        return stored is null ? null : new ApiStudy(stored, scope);
    }

    /// <summary>True when the caller must not see arms: a double-blind study and no unblinded role (<see cref="ArmBlinding"/>).</summary>
    public bool ArmsHidden => ArmBlinding.Hides(Stored.Protocol, Scope);

    /// <summary>The study's sites the caller reaches, in protocol order.</summary>
    public IReadOnlyList<SiteView> Sites =>
        [.. Stored.Study.Sites.Where(s => Scope.Reaches(s.Id)).Select(s => new SiteView(s.Id, s.Name))];

    /// <summary>The participant with this code at a site the caller reaches (screening values loaded, tracked), or null.</summary>
    public Task<Participant?> FindParticipantAsync(MyelinDbContext db, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Participants.VisibleIn(Scope).Include(p => p.ScreeningValues).SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
    }

    /// <summary>The 404 for a participant not found in the caller's scope (also when it exists at a site the caller does not reach).</summary>
    public NotFoundProblem ParticipantNotFound(string code) =>
        ApiProblems.NotFound($"no participant '{ApiForms.Shorten(code)}' in study '{Stored.Study.Id}' at the sites you reach.");

    /// <summary>The 404 for a study that is gone.</summary>
    public static NotFoundProblem StudyNotFound(string studyId) =>
        ApiProblems.NotFound($"no study '{ApiForms.Shorten(studyId)}' within your access.");
}
