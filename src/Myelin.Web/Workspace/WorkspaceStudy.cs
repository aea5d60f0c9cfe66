using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.Queries;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Web.Access;
using Myelin.Web.Studies;

namespace Myelin.Web.Workspace;

/// <summary>
/// A stored study as the workspace pages use it: the study with its sites, the protocol of its current version, the
/// user's scope in it, and today's date on the injected clock (UTC).
/// </summary>
/// <param name="Study">The stored study, with protocol versions and sites.</param>
/// <param name="Protocol">The protocol of the current version.</param>
/// <param name="Scope">What the user may do and which sites they reach.</param>
/// <param name="Today">Today's date (UTC) on the platform's clock.</param>
public sealed record WorkspaceStudy(Domain.Records.Study Study, Protocol Protocol, StudyScope Scope, DateOnly Today)
{
    /// <summary>True when this user must not see arms: a double-blind study and no unblinded role (<see cref="ArmBlinding"/>).</summary>
    public bool ArmsHidden => ArmBlinding.Hides(Protocol, Scope);

    /// <summary>The same study as the analysis and report code takes it, without reading it again.</summary>
    public StoredStudy Stored => new(Study, Protocol);

    /// <summary>The study's sites the user reaches, in protocol order.</summary>
    public IReadOnlyList<Domain.Records.Site> VisibleSites => Study.Sites.Where(s => Scope.Reaches(s.Id)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();

    /// <summary>Loads the study; null when it does not exist, the user has no scope in it, or it has no loadable protocol.</summary>
    public static async Task<WorkspaceStudy?> LoadAsync(MyelinDbContext db, StudyAccess access, TimeProvider clock, string studyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(clock);
        var scope = await access.ScopeAsync(studyId, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return null;
        }

        var study = await db.Studies.AsNoTracking().FindWithProtocolsAndSitesAsync(studyId, cancellationToken).ConfigureAwait(false);
        if (study?.CurrentProtocol is not { } version)
        {
            return null;
        }

        var loaded = ProtocolLoader.Load(version.Yaml, $"{studyId} protocol v{version.Number}");
        return loaded.Succeeded
            ? new WorkspaceStudy(study, loaded.Protocol!, scope, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            : null;
    }

    /// <summary>The participants the user may see (at the sites they reach).</summary>
    public IQueryable<Participant> Participants(MyelinDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Participants.VisibleIn(Scope);
    }

    /// <summary>A participant by code if the user may see it (with screening values), else null: outside the scope is not found.</summary>
    public Task<Participant?> FindParticipantAsync(MyelinDbContext db, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Participants.VisibleIn(Scope).Include(p => p.ScreeningValues).SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
    }
}
