using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Myelin.Analysis;
using Myelin.Analysis.Results;
using Myelin.Data;
using Myelin.Reports;
using Myelin.Web.Access;
using Myelin.Web.Studies;
using Myelin.Web.Workspace;

namespace Myelin.Web.Pages.Studies;

/// <summary>
/// The study's pre-specified analysis, run on demand over every site (<see cref="StudyAnalysis"/>, rows that do not fit
/// the protocol are left out and listed in the report): the primary endpoint's results as the <c>myelin.analysis/1</c>
/// JSON holds them, the JSON itself at <c>/analysis/json</c> and the HTML report at <c>/analysis/report</c>. In a
/// double-blind study a user without the unblinded role gets the reason instead of results (<see cref="ArmBlinding"/>).
/// </summary>
[AuthorizeStudy(StudyAction.ViewAnalysis)]
public sealed class AnalysisModel(MyelinDbContext db, StudyAccess access, TimeProvider clock) : PageModel
{
    /// <summary>The study.</summary>
    public WorkspaceStudy Study { get; private set; } = null!;

    /// <summary>The primary endpoint's results; null when the analysis could not run.</summary>
    public EndpointResult? Primary { get; private set; }

    /// <summary>How many rows or participants the analysis left out.</summary>
    public int Excluded { get; private set; }

    /// <summary>Why there are no results.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the primary endpoint.</summary>
    public async Task<IActionResult> OnGetAsync(string studyId, CancellationToken cancellationToken)
    {
        var analysis = await RunAsync(studyId, cancellationToken).ConfigureAwait(false);
        if (Study is null)
        {
            return NotFound();
        }

        if (analysis is not null)
        {
            Primary = analysis.Result.Endpoints.FirstOrDefault(e => e.Role == "primary") ?? (analysis.Result.Endpoints.Count > 0 ? analysis.Result.Endpoints[0] : null);
            Excluded = analysis.Result.Excluded.Count;
        }

        return Page();
    }

    /// <summary>The results as <c>myelin.analysis/1</c> JSON.</summary>
    public async Task<IActionResult> OnGetJsonAsync(string studyId, CancellationToken cancellationToken)
    {
        var analysis = await RunAsync(studyId, cancellationToken).ConfigureAwait(false);
        return Study is null ? NotFound()
            : analysis is null ? Page()
            : File(Encoding.UTF8.GetBytes(AnalysisJson.ToJson(analysis.Result)), "application/json", $"{studyId}-analysis.json");
    }

    /// <summary>The HTML report, rendered now from the stored data.</summary>
    public async Task<IActionResult> OnGetReportAsync(string studyId, CancellationToken cancellationToken)
    {
        var analysis = await RunAsync(studyId, cancellationToken).ConfigureAwait(false);
        if (Study is null)
        {
            return NotFound();
        }

        if (analysis is null)
        {
            return Page();
        }

        var inputs = await analysis.ReportInputsAsync(db, cancellationToken).ConfigureAwait(false);
        return Content(StudyReport.RenderHtml(inputs), "text/html; charset=utf-8");
    }

    private async Task<StudyAnalysis?> RunAsync(string studyId, CancellationToken cancellationToken)
    {
        var study = await WorkspaceStudy.LoadAsync(db, access, clock, studyId, cancellationToken).ConfigureAwait(false);
        if (study is null)
        {
            return null;
        }

        Study = study;
        if (study.ArmsHidden)
        {
            Problem = ArmBlinding.WithheldMessage(studyId);
            return null;
        }

        try
        {
            return await StudyAnalysis.RunAsync(db, study.Stored, skipInvalid: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidAnalysisDataException or ArgumentException or InvalidOperationException)
        {
            Problem = "The analysis cannot run on the data stored so far: " + e.Message;
            return null;
        }
    }
}
