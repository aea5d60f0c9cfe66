namespace Myelin.Statistics.Models;

/// <summary>
/// Mixed model for repeated measures: <c>y ~ covariates + arm * visit</c> with an unstructured covariance of the
/// visits within a subject, fitted by REML — the model of <c>nlme::gls(correlation = corSymm, weights =
/// varIdent, method = "REML")</c> and of <c>mmrm(... + us(visit | subject))</c> (Mallinckrodt et al. 2008,
/// "Recommendations for the primary analysis of continuous endpoints in longitudinal clinical trials").
/// Subjects with missing visits contribute the visits they have (missing at random).
/// </summary>
/// <remarks>
/// The REML objective and its analytic gradient are minimised by Newton's method to a gradient of ~1e-10, so
/// estimates and SEs are the optimum's, not an optimizer's stopping point. Inference is model-based (Φ =
/// (X'Σ̂⁻¹X)⁻¹) with Satterthwaite degrees of freedom, mmrm's default.
/// </remarks>
public static class Mmrm
{
    /// <summary>Fits the MMRM to long data (one row per subject and visit).</summary>
    /// <param name="response">The outcome, e.g. change from baseline; NaN marks a missing visit (row dropped).</param>
    /// <param name="subject">Subject identifier of each row.</param>
    /// <param name="visit">Visit label of each row.</param>
    /// <param name="arm">Treatment arm of each row.</param>
    /// <param name="covariates">Zero or more covariate columns (e.g. baseline); rows with NaN are dropped.</param>
    /// <param name="covariateNames">Names for the covariates (default covariate1, …).</param>
    /// <param name="visitLevels">Visit order (default: ordinal sort of the labels). The first is the reference.</param>
    /// <param name="armLevels">Arm order (default: ordinal sort). The first is the reference (e.g. placebo).</param>
    /// <param name="confLevel">Confidence level of the intervals, default 0.95.</param>
    public static MmrmFit Fit(
        IReadOnlyList<double> response,
        IReadOnlyList<string?> subject,
        IReadOnlyList<string?> visit,
        IReadOnlyList<string?> arm,
        IReadOnlyList<double[]>? covariates = null,
        IReadOnlyList<string>? covariateNames = null,
        IReadOnlyList<string>? visitLevels = null,
        IReadOnlyList<string>? armLevels = null,
        double confLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(arm);
        covariates ??= [];
        int n = response.Count;
        CheckLength(subject.Count, n, nameof(subject));
        CheckLength(visit.Count, n, nameof(visit));
        CheckLength(arm.Count, n, nameof(arm));
        foreach (var c in covariates)
        {
            CheckLength(c.Length, n, nameof(covariates));
        }

        if (!(confLevel > 0 && confLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confLevel), confLevel, "conf.level must be a single number between 0 and 1");
        }

        string[] names = covariateNames?.ToArray() ?? Enumerable.Range(1, covariates.Count).Select(j => $"covariate{j}").ToArray();
        if (names.Length != covariates.Count)
        {
            throw new ArgumentException($"{names.Length} covariate names for {covariates.Count} covariates", nameof(covariateNames));
        }

        visitLevels ??= Levels(visit);
        armLevels ??= Levels(arm);
        if (armLevels.Count < 2)
        {
            throw new ArgumentException("arm needs at least 2 levels", nameof(arm));
        }

        int[] visitCode = Codes(visit, visitLevels, nameof(visit));
        int[] armCode = Codes(arm, armLevels, nameof(arm));
        var design = MmrmDesign.Build(response, subject, visitCode, armCode, visitLevels, armLevels, covariates, names);
        int m = visitLevels.Count;
        for (int v = 0; v < m; v++)
        {
            if (!design.Patterns.Any(pattern => pattern.Contains(v)))
            {
                throw new ArgumentException($"visit '{visitLevels[v]}' has no observations", nameof(visit));
            }
        }

        var lik = new MmrmLikelihood(design.X, design.Y, design.P, m, design.SubjectStart, design.SubjectPattern, design.Patterns);
        if (design.Y.Length - design.P < MmrmParameters.Count(m))
        {
            throw new ArgumentException($"{design.Y.Length} observations cannot estimate {design.P} fixed effects and {MmrmParameters.Count(m)} covariance parameters", nameof(response));
        }

        double[] start = StartingValues(lik, design, m);
        var (theta, evaluation, iterations, converged) = MmrmOptimizer.Minimise(lik, start);
        double[] sigma = MmrmParameters.SigmaFromTheta(theta, m);
        var satterthwaite = new MmrmSatterthwaite(lik, evaluation, sigma);
        return new MmrmFit(design, evaluation, satterthwaite, sigma, visitLevels, armLevels, iterations, converged, confLevel);
    }

    /// <summary>Per-visit residual variances of the ordinary least-squares fit, no correlation.</summary>
    private static double[] StartingValues(MmrmLikelihood lik, MmrmDesign design, int m)
    {
        var identity = new double[m * m];
        for (int a = 0; a < m; a++)
        {
            identity[a * m + a] = 1;
        }

        var ols = lik.Evaluate(identity, withGradient: false)
                  ?? throw new ArgumentException("the fixed-effect design is rank deficient (a column is a combination of others)");
        var ss = new double[m];
        var count = new double[m];
        int p = design.P;
        for (int s = 0; s < design.SubjectPattern.Length; s++)
        {
            int[] pattern = design.Patterns[design.SubjectPattern[s]];
            for (int a = 0; a < pattern.Length; a++)
            {
                int row = design.SubjectStart[s] + a;
                double fit = 0;
                for (int c = 0; c < p; c++)
                {
                    fit += design.X[row * p + c] * ols.Beta[c];
                }

                double r = design.Y[row] - fit;
                ss[pattern[a]] += r * r;
                count[pattern[a]]++;
            }
        }

        var theta = new double[MmrmParameters.Count(m)];
        for (int a = 0; a < m; a++)
        {
            theta[a] = 0.5 * Math.Log(Math.Max(ss[a] / count[a], 1e-8));
        }

        return theta;
    }

    private static string[] Levels(IReadOnlyList<string?> labels)
        => labels.Where(l => l is not null).Select(l => l!).Distinct().Order(StringComparer.Ordinal).ToArray();

    private static int[] Codes(IReadOnlyList<string?> labels, IReadOnlyList<string> levels, string argument)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < levels.Count; i++)
        {
            if (!index.TryAdd(levels[i], i))
            {
                throw new ArgumentException($"level '{levels[i]}' is listed twice", argument);
            }
        }

        var codes = new int[labels.Count];
        for (int i = 0; i < codes.Length; i++)
        {
            string? l = labels[i];
            if (l is null)
            {
                codes[i] = -1;
            }
            else if (!index.TryGetValue(l, out codes[i]))
            {
                throw new ArgumentException($"{argument} value '{l}' at row {i + 1} is not one of the levels ({string.Join(", ", levels)})", argument);
            }
        }

        return codes;
    }

    private static void CheckLength(int count, int n, string argument)
    {
        if (count != n)
        {
            throw new ArgumentException($"'{argument}' has {count} values but response has {n}", argument);
        }
    }
}
