using Myelin.Analysis.Data;

namespace Myelin.Analysis;

/// <summary>The data do not fit the protocol and the analysis was not asked to skip invalid rows.</summary>
public sealed class InvalidAnalysisDataException : Exception
{
    public InvalidAnalysisDataException()
        : this([])
    {
    }

    public InvalidAnalysisDataException(string message)
        : base(message)
    {
        Problems = [];
    }

    public InvalidAnalysisDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public InvalidAnalysisDataException(IReadOnlyList<DataProblem> problems)
        : base($"{problems.Count} row(s) do not fit the protocol; fix them or analyse the valid rows only (skip invalid)")
    {
        Problems = problems;
    }

    /// <summary>Every problem, with its line.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }
}
