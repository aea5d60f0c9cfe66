using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Myelin.Analysis;
using Myelin.Analysis.Results;
using Myelin.Data;
using Myelin.Interop.LongCsv;
using Myelin.Web.Access;
using Myelin.Web.Studies;

namespace Myelin.Web.Api;

/// <summary>
/// <c>/api/v1/studies/{studyId}/analysis</c> and <c>/export.csv</c>: the pre-specified analysis as <c>myelin.analysis/1</c>
/// JSON (docs/analysis-json.md) and the long CSV, byte for byte what <c>myelin analyze --json</c> and <c>myelin export</c> write.
/// In a double-blind study a caller without the unblinded role gets 403 for the analysis and <c>blinded</c> in the
/// export's arm column (<see cref="ArmBlinding"/>).
/// </summary>
public static class AnalysisApi
{
    /// <summary>The media type of the export.</summary>
    public const string CsvType = "text/csv";

    /// <summary>Maps the analysis and export endpoints on the API's <c>/studies</c> group.</summary>
    public static RouteGroupBuilder MapAnalysisApi(this RouteGroupBuilder studies)
    {
        ArgumentNullException.ThrowIfNull(studies);
        var group = studies.MapGroup("/{studyId}").WithTags("Analysis and export");
        group.MapGet("/analysis", AnalysisAsync)
            .WithName("GetAnalysis")
            .WithSummary("The study's pre-specified analysis as myelin.analysis/1 JSON (docs/analysis-json.md); skip_invalid=true analyses the rows that fit the protocol, like 'myelin analyze --skip-invalid'")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .RequireAuthorization(AccessPolicies.For(StudyAction.ViewAnalysis));
        group.MapGet("/export.csv", ExportAsync)
            .WithName("ExportLongCsv")
            .WithSummary("Every recorded value as long CSV (docs/data-formats.md), the bytes 'myelin export' writes; limited to the token's site")
            .Produces(StatusCodes.Status200OK, contentType: CsvType)
            .RequireAuthorization(AccessPolicies.For(StudyAction.ExportIdentified));
        return studies;
    }

    private static async Task<Results<FileContentHttpResult, NotFoundProblem, ConflictProblem, UnprocessableProblem, ProblemHttpResult>> AnalysisAsync(
        string studyId, [FromQuery(Name = "skip_invalid")] string? skipInvalid, MyelinDbContext db, StudyAccess access, CancellationToken ct)
    {
        bool skip;
        if (skipInvalid is null)
        {
            skip = false;
        }
        else if (!bool.TryParse(skipInvalid, out skip))
        {
            return ApiProblems.Invalid("skip_invalid", $"'{ApiForms.Shorten(skipInvalid)}' is not allowed; allowed: true (analyse the rows that fit the protocol and list the rest under 'excluded') or false (the default: refuse while any row does not fit).");
        }

        if (await ApiStudy.LoadAsync(db, access, studyId, ct).ConfigureAwait(false) is not { } study)
        {
            return ApiStudy.StudyNotFound(studyId);
        }

        if (study.ArmsHidden)
        {
            return TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Withheld to keep the blind.",
                Detail = ArmBlinding.WithheldMessage(studyId),
            });
        }

        try
        {
            var analysis = await StudyAnalysis.RunAsync(db, study.Stored, skip, ct).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            AnalysisJson.Write(analysis.Result, buffer);
            return TypedResults.File(buffer.ToArray(), "application/json");
        }
        catch (InvalidAnalysisDataException e)
        {
            return ApiProblems.Conflict($"the stored data of '{studyId}' cannot be analysed as the protocol says: {e.Message}. While the trial runs (e.g. enrolled participants without a baseline yet), ask with ?skip_invalid=true to analyse the rows that fit and see the rest under 'excluded'.");
        }
    }

    private static async Task<Results<FileContentHttpResult, NotFoundProblem>> ExportAsync(string studyId, MyelinDbContext db, StudyAccess access, CancellationToken ct)
    {
        if (await ApiStudy.LoadAsync(db, access, studyId, ct).ConfigureAwait(false) is not { } study)
        {
            return ApiStudy.StudyNotFound(studyId);
        }

        var rows = await StudyRows.ReadAsync(db, study.Stored, ct).ConfigureAwait(false);
        var hidden = study.ArmsHidden;
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        LongCsvFormat.Write(text, rows.Where(r => study.Scope.Reaches(r.Site)).Select(r => hidden && r.Arm.Length > 0 ? r with { Arm = ArmBlinding.Masked } : r));
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
        return TypedResults.File(bytes, CsvType, fileDownloadName: $"{studyId}.csv");
    }
}
