using Myelin.Analysis.Data;
using Myelin.Analysis.Engine;
using Myelin.Analysis.Results;
using Myelin.Domain.Protocols;

namespace Myelin.Analysis;

/// <summary>
/// Runs the analysis a protocol pre-specifies (domain conventions: docs/analysis-json.md): every endpoint in all
/// enrolled participants (observed cases) per group and between groups, the time course, each symptom item with
/// Holm's adjustment, sensitivity analyses (per-protocol, completers, LOCF, multiple imputation) and, with
/// off-treatment follow-up, the change from the end of treatment to the end of follow-up.
/// </summary>
public static class TrialAnalysis
{
    /// <summary>Analyses <paramref name="data"/> as <paramref name="protocol"/> pre-specifies.</summary>
    /// <param name="protocol">The protocol the data were built against.</param>
    /// <param name="data">The dataset from <see cref="AnalysisDataset.FromRows"/>.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <exception cref="InvalidAnalysisDataException">The data have problems and <see cref="AnalysisOptions.SkipInvalid"/> is false.</exception>
    /// <exception cref="ArgumentException">The dataset was built against another protocol, or the protocol has no primary endpoint.</exception>
    public static AnalysisResult Run(Protocol protocol, AnalysisDataset data, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(data);
        options ??= new AnalysisOptions();
        options.Validate();
        if (!ReferenceEquals(protocol, data.Protocol) && protocol.Study.Id != data.Protocol.Study.Id)
        {
            throw new ArgumentException($"the dataset was built for study '{data.Protocol.Study.Id}', not '{protocol.Study.Id}'", nameof(data));
        }

        if (!protocol.Endpoints.Any(e => e.Role == EndpointRole.Primary))
        {
            throw new ArgumentException($"protocol '{protocol.Study.Id}' has no primary endpoint", nameof(protocol));
        }

        if (!data.IsValid && !options.SkipInvalid)
        {
            throw new InvalidAnalysisDataException(data.Problems);
        }

        var run = new AnalysisRun(protocol, data, options);
        return run.Execute();
    }
}
