using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Myelin.Data;
using Myelin.Domain.Protocols;
using Myelin.Interop.Deidentification;
using Myelin.Interop.LongCsv;
using Myelin.Web.Access;
using Myelin.Web.Studies;

namespace Myelin.Web.Api;

/// <summary>
/// <c>GET /api/v1/studies/{studyId}/export-deidentified.csv</c>: the long CSV a statistician may hold (issue 6,
/// <see cref="StudyAction.ExportDeidentified"/>), de-identified by <see cref="Deidentifier"/> under a secret drawn
/// for this one export and then forgotten: codes become pseudonyms, dates move per participant by whole days in
/// ±182, user names and free-text items go. Limited to the sites the token reaches, like the identified export.
/// </summary>
public static class DeidentifiedExportApi
{
    /// <summary>The route of the export.</summary>
    public const string Route = "/api/v1/studies/{studyId}/export-deidentified.csv";

    /// <summary>The media type of the export.</summary>
    public const string CsvType = "text/csv";

    /// <summary>Maps the endpoint (personal access tokens only, like every staff endpoint).</summary>
    public static IEndpointRouteBuilder MapDeidentifiedExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, ExportAsync)
            .WithTags("Analysis and export")
            .WithName("ExportDeidentifiedLongCsv")
            .WithSummary("The long CSV de-identified for analysis: pseudonyms stable within this export only, dates shifted per participant by whole days (intervals kept), no user names or free text")
            .Produces(StatusCodes.Status200OK, contentType: CsvType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization(new AuthorizeAttribute
            {
                AuthenticationSchemes = TokenAuthenticationHandler.SchemeName,
                Policy = AccessPolicies.For(StudyAction.ExportDeidentified),
            });
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(string studyId, MyelinDbContext db, StudyAccess access, CancellationToken ct)
    {
        var scope = await access.ScopeAsync(studyId, ct).ConfigureAwait(false);
        var stored = scope is null ? null : await StoredStudy.LoadAsync(db, studyId, ct).ConfigureAwait(false);
        if (scope is null || stored is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"no study '{(studyId.Length > 80 ? studyId[..80] + "…" : studyId)}' within your access.");
        }

        var freeText = stored.Protocol.Instruments
            .SelectMany(i => i.Items.Where(item => item.Type == ItemType.Text).Select(item => (i.Id, item.Id)))
            .ToHashSet();
        var rows = await StudyRows.ReadAsync(db, stored, ct).ConfigureAwait(false);
        var deidentified = Deidentifier.Apply(
            rows.Where(r => scope.Reaches(r.Site)),
            DeidentificationSecret.New(),
            new DeidentificationOptions { IsFreeText = r => freeText.Contains((r.Instrument, r.Item)) });
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        LongCsvFormat.Write(text, deidentified);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
        return TypedResults.File(bytes, CsvType, fileDownloadName: $"{studyId}-deidentified.csv");
    }
}
