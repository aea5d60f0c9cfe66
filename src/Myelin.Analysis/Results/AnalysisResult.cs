using Myelin.Analysis.Data;

namespace Myelin.Analysis.Results;

/// <summary>The pre-specified analysis of a study; serialised by <see cref="AnalysisJson"/> as <c>myelin.analysis/1</c>.</summary>
/// <param name="Schema">Always <see cref="SchemaId"/>.</param>
/// <param name="Study">The study analysed.</param>
/// <param name="Settings">How the analysis was run.</param>
/// <param name="Populations">All enrolled, per-protocol and completers, with who was left out and why.</param>
/// <param name="Endpoints">One result per protocol endpoint, primary first, on all enrolled participants, observed cases.</param>
/// <param name="TimeCourse">Mean and 95% CI of each endpoint variable at each event, per group.</param>
/// <param name="SymptomItems">Each symptom item of the primary instrument as a secondary endpoint, Holm-adjusted; null when there are none.</param>
/// <param name="Sensitivity">The primary endpoint in other populations and under other handling of missing data.</param>
/// <param name="OffTreatment">Change from the end of treatment to the end of off-treatment follow-up; null without follow-up.</param>
/// <param name="Excluded">Rows and participants left out because they did not fit the protocol (only with skip-invalid).</param>
public sealed record AnalysisResult(
    string Schema,
    StudyInfo Study,
    AnalysisSettings Settings,
    IReadOnlyList<PopulationResult> Populations,
    IReadOnlyList<EndpointResult> Endpoints,
    IReadOnlyList<TimeCourseResult> TimeCourse,
    SymptomItemsResult? SymptomItems,
    IReadOnlyList<SensitivityResult> Sensitivity,
    EndpointResult? OffTreatment,
    IReadOnlyList<DataProblem> Excluded)
{
    /// <summary>The schema tag of the results JSON.</summary>
    public const string SchemaId = "myelin.analysis/1";
}
