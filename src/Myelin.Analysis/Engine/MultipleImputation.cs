using Myelin.Analysis.Results;
using Myelin.Statistics.Descriptive;

namespace Myelin.Analysis.Engine;

/// <summary>
/// Multiple imputation of a missing follow-up value from the participant's baseline: normal linear regression
/// with parameters drawn from their posterior under a flat prior (Rubin 1987, §5.3; the "norm" method of van Buuren,
/// Flexible Imputation of Missing Data, 2nd ed., §3.2), fitted and drawn separately in each arm (Sullivan et al.
/// 2018, Stat Methods Med Res 27:2610). Participants without a baseline are not imputed.
/// </summary>
internal static class MultipleImputation
{
    public static ImputationResult Run(
        string endpointId, double[] baseline, double[] followUp, IReadOnlyList<Grouping> groupings, int imputations, int seed, double confLevel)
    {
        var strata = groupings.FirstOrDefault(g => g.By == "arm" && g.Levels.Count >= 2) ?? groupings[0];
        var normals = new NormalSource(seed);
        var perGroup = groupings.SelectMany(g => g.Levels.Select((_, l) => (g, l))).ToArray();
        var groupQ = perGroup.Select(_ => new double[imputations]).ToArray();
        var groupU = perGroup.Select(_ => new double[imputations]).ToArray();
        var analyzer = new EndpointAnalyzer(groupings.Where(g => g.Levels.Count >= 2).ToArray(), confLevel);
        var comparisonQ = new List<double[]>();
        var comparisonU = new List<double[]>();
        var comparisonDf = new List<double>();
        List<ImputedComparison>? template = null;
        var errors = new List<string?>();
        string? error = null;

        // The draws come from one seeded stream, so the imputations are made one after the other; each completed
        // dataset is then analysed on its own, in parallel.
        var completedSets = new List<double[]>();
        for (int j = 0; j < imputations && error is null; j++)
        {
            var completed = (double[])followUp.Clone();
            foreach (var members in strata.Members)
            {
                error ??= Impute(members, baseline, completed, normals);
            }

            if (error is null)
            {
                completedSets.Add(completed);
            }
        }

        var perImputation = new IReadOnlyList<ImputedComparison>[completedSets.Count];
        Parallel.For(0, completedSets.Count, j =>
        {
            var completed = completedSets[j];
            for (int k = 0; k < perGroup.Length; k++)
            {
                var (g, l) = perGroup[k];
                var change = GroupStatistics.Changes(g.Members[l], baseline, completed);

                groupQ[k][j] = Moments.Mean(change);
                groupU[k][j] = Moments.Variance(change) / change.Length;
            }

            // The per-imputation ANCOVA is carried in a PooledEstimate shell: estimate, SE², df.
            perImputation[j] = analyzer.AncovaComparisons(baseline, completed, a => new PooledEstimate(
                a.Estimate, a.Se, a.Df, null, null, a.Se is { } se ? se * se : null, null, a.Error));
        });

        for (int j = 0; j < perImputation.Length; j++)
        {
            var comparisons = perImputation[j];
            if (template is null)
            {
                template = comparisons.ToList();
                foreach (var c in template)
                {
                    comparisonQ.Add(new double[imputations]);
                    comparisonU.Add(new double[imputations]);
                    comparisonDf.Add(c.Ancova.Df ?? double.NaN);
                    errors.Add(null);
                }
            }

            for (int c = 0; c < template.Count && c < comparisons.Count; c++)
            {
                comparisonQ[c][j] = comparisons[c].Ancova.Estimate ?? double.NaN;
                comparisonU[c][j] = comparisons[c].Ancova.WithinVariance ?? double.NaN;
                errors[c] ??= comparisons[c].Ancova.Error;
            }
        }

        var groups = perGroup.Select((gl, k) =>
        {
            var (g, l) = gl;
            int n = 0, imputed = 0;
            foreach (int p in g.Members[l])
            {
                if (!double.IsNaN(baseline[p]))
                {
                    n++;
                    imputed += double.IsNaN(followUp[p]) ? 1 : 0;
                }
            }

            var pooled = error is not null ? Failed(error) : n < 2 ? Failed("fewer than 2 participants") : RubinsRules.Pool(groupQ[k], groupU[k], n - 1, confLevel);
            return new ImputedGroup(g.By, g.Levels[l], n, imputed, pooled);
        }).ToList();

        var pooledComparisons = (template ?? []).Select((c, k) => new ImputedComparison(
            c.By, c.Level, c.Reference,
            error is not null ? Failed(error)
                : comparisonQ[k].Any(double.IsNaN) ? Failed(errors[k] ?? "the ANCOVA could not be fitted in every imputation")
                : RubinsRules.Pool(comparisonQ[k], comparisonU[k], comparisonDf[k], confLevel))).ToList();
        return new ImputationResult(endpointId, imputations, seed, groups, pooledComparisons);
    }

    private static PooledEstimate Failed(string error) => new(null, null, null, null, null, null, null, error);

    /// <summary>Fills the missing follow-up values of one arm; returns why it cannot, or null.</summary>
    private static string? Impute(int[] members, double[] baseline, double[] completed, NormalSource normals)
    {
        double sx = 0, sy = 0;
        int n = 0, missing = 0;
        foreach (int p in members)
        {
            if (double.IsNaN(baseline[p]))
            {
                continue;
            }

            if (double.IsNaN(completed[p]))
            {
                missing++;
                continue;
            }

            sx += baseline[p];
            sy += completed[p];
            n++;
        }

        if (missing == 0)
        {
            return null;
        }

        if (n < 3)
        {
            return "an arm has fewer than 3 participants with both values to fit the imputation model";
        }

        double mx = sx / n, my = sy / n, sxx = 0, sxy = 0;
        foreach (int p in members)
        {
            if (!double.IsNaN(baseline[p]) && !double.IsNaN(completed[p]))
            {
                double dx = baseline[p] - mx;
                sxx += dx * dx;
                sxy += dx * (completed[p] - my);
            }
        }

        double slope = sxx > 0 ? sxy / sxx : 0;
        double intercept = my - (slope * mx);
        double rss = 0;
        foreach (int p in members)
        {
            if (!double.IsNaN(baseline[p]) && !double.IsNaN(completed[p]))
            {
                double r = completed[p] - intercept - (slope * baseline[p]);
                rss += r * r;
            }
        }

        // σ*² = RSS / χ²(n − 2); β* = β̂ + σ*·L·z with L the Cholesky factor of (X'X)⁻¹ (centred on the mean baseline).
        double sigma = Math.Sqrt(rss / normals.ChiSquare(n - 2));
        double drawnMean = my + (sigma * normals.Next() / Math.Sqrt(n));
        double drawnSlope = sxx > 0 ? slope + (sigma * normals.Next() / Math.Sqrt(sxx)) : 0;
        foreach (int p in members)
        {
            if (!double.IsNaN(baseline[p]) && double.IsNaN(completed[p]))
            {
                completed[p] = drawnMean + (drawnSlope * (baseline[p] - mx)) + (sigma * normals.Next());
            }
        }

        return null;
    }
}
