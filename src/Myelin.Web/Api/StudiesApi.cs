using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Domain.Protocols;
using Myelin.Web.Access;

namespace Myelin.Web.Api;

/// <summary><c>/api/v1/studies</c>: the studies a token reaches and their current protocol.</summary>
public static class StudiesApi
{
    /// <summary>Maps the study endpoints on the API's <c>/studies</c> group.</summary>
    public static RouteGroupBuilder MapStudiesApi(this RouteGroupBuilder studies)
    {
        ArgumentNullException.ThrowIfNull(studies);
        var group = studies.MapGroup(string.Empty).WithTags("Studies");
        group.MapGet(string.Empty, ListAsync)
            .WithName("ListStudies")
            .WithSummary("The studies the token reaches, with its role and sites in each")
            .RequireAuthorization(AccessPolicies.Staff);
        group.MapGet("/{studyId}", GetAsync)
            .WithName("GetStudy")
            .WithSummary("One study: title, design, current protocol version and hash, arms and sites")
            .RequireAuthorization(AccessPolicies.For(StudyAction.ViewStudy));
        return studies;
    }

    private static async Task<Ok<List<StudySummary>>> ListAsync(MyelinDbContext db, StudyAccess access, CancellationToken ct)
    {
        var scopes = await access.ScopesAsync(ct).ConfigureAwait(false);
        var ids = scopes.Keys.ToList();
        var studies = await db.Studies.AsNoTracking().Include(s => s.Sites).Where(s => ids.Contains(s.Id)).OrderBy(s => s.Id).ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(studies.Select(s => new StudySummary(
            s.Id,
            s.Title,
            Kebab(scopes[s.Id].MainRole.ToString()),
            [.. s.Sites.Where(x => scopes[s.Id].Reaches(x.Id)).Select(x => new SiteView(x.Id, x.Name))])).ToList());
    }

    private static async Task<Results<Ok<StudyView>, NotFoundProblem>> GetAsync(string studyId, MyelinDbContext db, StudyAccess access, CancellationToken ct)
    {
        if (await ApiStudy.LoadAsync(db, access, studyId, ct).ConfigureAwait(false) is not { } study)
        {
            return ApiStudy.StudyNotFound(studyId);
        }

        var protocol = study.Stored.Protocol;
        var version = study.Stored.Study.CurrentProtocol!;
        return TypedResults.Ok(new StudyView(
            study.Stored.Study.Id,
            study.Stored.Study.Title,
            protocol.Study.Registration,
            protocol.Study.Design.Kind == DesignKind.Randomised ? "randomised" : "single-arm-open-label",
            protocol.Study.TargetEnrolment,
            version.Number,
            protocol.Study.ProtocolVersion,
            version.ContentHash,
            [.. protocol.Arms.Select(a => a.Code)],
            study.Sites));
    }

    /// <summary>An enum member's name in the API's spelling: <c>NotRelated</c> → <c>not-related</c>.</summary>
    internal static string Kebab(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
