using Myelin.Statistics.Distributions;

namespace Myelin.Statistics.Models;

/// <summary>
/// A fitted MMRM: fixed effects with model-based SEs and Satterthwaite df, the REML estimate of the unstructured
/// Σ, LS means per arm and visit at the covariate means (emmeans' <c>~ arm | visit</c>) and each arm's contrast
/// with the reference arm per visit.
/// </summary>
public sealed class MmrmFit
{
    private readonly MmrmSatterthwaite satterthwaite;
    private readonly double[] beta;
    private readonly double[] phi;

    internal MmrmFit(MmrmDesign design, MmrmEvaluation evaluation, MmrmSatterthwaite satterthwaite, double[] sigma,
        IReadOnlyList<string> visitLevels, IReadOnlyList<string> armLevels, int iterations, bool converged, double confLevel)
    {
        this.satterthwaite = satterthwaite;
        beta = evaluation.Beta;
        phi = evaluation.Phi;
        ConfLevel = confLevel;
        int m = visitLevels.Count, p = design.P;
        var s = new double[m, m];
        for (int a = 0; a < m; a++)
        {
            for (int b = 0; b < m; b++)
            {
                s[a, b] = sigma[a * m + b];
            }
        }

        Covariance = s;
        VisitLevels = [.. visitLevels];
        ArmLevels = [.. armLevels];
        ColumnNames = design.ColumnNames;
        LogLikelihood = -evaluation.Objective;
        Iterations = iterations;
        Converged = converged;
        Observations = design.Y.Length;
        Subjects = design.SubjectPattern.Length;
        CovariateMeans = design.CovariateMeans;

        Coefficients = Enumerable.Range(0, p).Select(j =>
        {
            var c = new double[p];
            c[j] = 1;
            return Estimate(c, ColumnNames[j]);
        }).ToArray();

        var means = new List<MmrmEstimate>();
        var contrasts = new List<MmrmEstimate>();
        for (int v = 0; v < m; v++)
        {
            double[] reference = MmrmDesign.GridRow(p, design.CovariateMeans, armLevels.Count, m, 0, v);
            for (int a = 0; a < armLevels.Count; a++)
            {
                double[] row = MmrmDesign.GridRow(p, design.CovariateMeans, armLevels.Count, m, a, v);
                means.Add(Estimate(row, $"{armLevels[a]} {visitLevels[v]}") with { Arm = armLevels[a], Visit = visitLevels[v] });
                if (a > 0)
                {
                    double[] diff = row.Select((x, j) => x - reference[j]).ToArray();
                    contrasts.Add(Estimate(diff, $"{armLevels[a]} - {armLevels[0]} {visitLevels[v]}") with { Arm = armLevels[a], Visit = visitLevels[v] });
                }
            }
        }

        LsMeans = means;
        Contrasts = contrasts;
    }

    /// <summary>Fixed effects in R's model-matrix order, named as R names them (e.g. <c>armactive:visitW8</c>).</summary>
    public IReadOnlyList<MmrmEstimate> Coefficients { get; }

    /// <summary>LS means of every arm at every visit, covariates at their means over the rows used.</summary>
    public IReadOnlyList<MmrmEstimate> LsMeans { get; }

    /// <summary>Each non-reference arm minus the reference arm, at every visit.</summary>
    public IReadOnlyList<MmrmEstimate> Contrasts { get; }

    /// <summary>The REML estimate of the unstructured covariance Σ over visits, in visit-level order.</summary>
    public double[,] Covariance { get; }

    public IReadOnlyList<string> VisitLevels { get; }

    public IReadOnlyList<string> ArmLevels { get; }

    /// <summary>Names of the fixed-effect columns.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Mean of each covariate over the rows used (where LS means are evaluated).</summary>
    public IReadOnlyList<double> CovariateMeans { get; }

    /// <summary>The restricted log-likelihood at the optimum (as <c>logLik</c> of a REML fit).</summary>
    public double LogLikelihood { get; }

    public int Iterations { get; }

    /// <summary>Whether Newton's method converged (correction below 1e-11, gradient below 1e-8).</summary>
    public bool Converged { get; }

    public int Observations { get; }

    public int Subjects { get; }

    public double ConfLevel { get; }

    /// <summary>The coefficient with R's name <paramref name="name"/>.</summary>
    public MmrmEstimate Coefficient(string name)
        => Coefficients.FirstOrDefault(c => c.Label == name)
           ?? throw new KeyNotFoundException($"no coefficient named '{name}'; the model has: {string.Join(", ", ColumnNames)}");

    /// <summary>Any one-dimensional contrast c'β with its SE and Satterthwaite df.</summary>
    /// <param name="weights">One weight per fixed-effect column (see <see cref="ColumnNames"/>).</param>
    /// <param name="label">Label carried into the result.</param>
    public MmrmEstimate Estimate(IReadOnlyList<double> weights, string label)
    {
        ArgumentNullException.ThrowIfNull(weights);
        int p = beta.Length;
        if (weights.Count != p)
        {
            throw new ArgumentException($"the contrast has {weights.Count} weights but the model has {p} coefficients", nameof(weights));
        }

        double[] c = [.. weights];
        double est = 0, variance = 0;
        for (int a = 0; a < p; a++)
        {
            est += c[a] * beta[a];
            for (int b = 0; b < p; b++)
            {
                variance += c[a] * phi[a * p + b] * c[b];
            }
        }

        double se = Math.Sqrt(variance), df = satterthwaite.Df(c), t = est / se;
        double q = StudentT.Quantile(1 - (1 - ConfLevel) / 2, df);
        return new MmrmEstimate(label, null, null, est, se, df, t, 2 * StudentT.Cdf(Math.Abs(t), df, lowerTail: false), est - q * se, est + q * se);
    }
}
