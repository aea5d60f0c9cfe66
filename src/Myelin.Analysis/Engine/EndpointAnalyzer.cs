using Myelin.Analysis.Results;
using Myelin.Statistics.Models;

namespace Myelin.Analysis.Engine;

/// <summary>Analyses one endpoint (baseline and follow-up columns) in every group and between groups.</summary>
internal sealed class EndpointAnalyzer(IReadOnlyList<Grouping> groupings, double confLevel)
{
    public IReadOnlyList<Grouping> Groupings => groupings;

    public EndpointResult Analyze(EndpointSpec spec, double[] baseline, double[] followUp, string population, string missingData)
    {
        // Every (grouping, level) is independent: describe them in parallel, keeping the report order.
        var cells = groupings.SelectMany(g => Enumerable.Range(0, g.Levels.Count).Select(l => (Grouping: g, Level: l))).ToArray();
        var pairs = new (double[] B, double[] F, int Missing)[cells.Length];
        var groups = new GroupResult[cells.Length];
        Parallel.For(0, cells.Length, i =>
        {
            var (g, l) = cells[i];
            pairs[i] = GroupStatistics.Pairs(g.Members[l], baseline, followUp);
            groups[i] = GroupStatistics.Describe(g.By, g.Levels[l], pairs[i].B, pairs[i].F, pairs[i].Missing, confLevel);
        });

        var comparisons = new List<ComparisonResult>();
        int start = 0;
        foreach (var grouping in groupings)
        {
            if (grouping.Levels.Count >= 2)
            {
                comparisons.AddRange(Compare(grouping, pairs.AsSpan(start, grouping.Levels.Count).ToArray()));
            }

            start += grouping.Levels.Count;
        }

        return new EndpointResult(spec.Id, spec.Label, spec.Role, spec.Instrument, spec.Variable, spec.FromEvent, spec.ToEvent,
            population, missingData, groups, comparisons);
    }

    /// <summary>Only the ANCOVA of each comparison (for multiple imputation, where the rank tests are not pooled).</summary>
    public IReadOnlyList<ImputedComparison> AncovaComparisons(double[] baseline, double[] followUp, Func<AncovaEstimate, PooledEstimate> map)
    {
        var result = new List<ImputedComparison>();
        foreach (var grouping in groupings.Where(g => g.Levels.Count >= 2))
        {
            var pairs = grouping.Members.Select(m => GroupStatistics.Pairs(m, baseline, followUp)).ToArray();
            var used = Enumerable.Range(0, pairs.Length).Where(l => pairs[l].B.Length > 0).ToArray();
            if (used.Length < 2)
            {
                continue;
            }

            var fit = Ancova(grouping, pairs, used, out string? error, out int modelN);
            foreach (int l in used.Skip(1))
            {
                result.Add(new ImputedComparison(grouping.By, grouping.Levels[l], grouping.Levels[used[0]],
                    map(Estimate(fit, grouping.Levels[l], error, modelN))));
            }
        }

        return result;
    }

    private static AncovaEstimate Estimate(AncovaResult? fit, string level, string? error, int modelN)
    {
        var contrast = fit?.Contrasts.FirstOrDefault(c => c.Level == level);
        return contrast is null
            ? new AncovaEstimate(null, null, null, null, null, null, modelN, error ?? "the level has no estimate")
            : new AncovaEstimate(contrast.Estimate, contrast.StdError, contrast.Df, contrast.TValue, contrast.PValue,
                [contrast.ConfLow, contrast.ConfHigh], modelN, null);
    }

    private ComparisonResult[] Compare(Grouping grouping, (double[] B, double[] F, int Missing)[] pairs)
    {
        // Levels without any complete pair cannot enter a comparison; the reference is the first level that has one.
        var used = Enumerable.Range(0, pairs.Length).Where(l => pairs[l].B.Length > 0).ToArray();
        if (used.Length < 2)
        {
            return [];
        }

        var fit = Ancova(grouping, pairs, used, out string? error, out int modelN);
        int reference = used[0];
        var refChange = Change(pairs[reference]);
        var others = used.Skip(1).ToArray();
        var results = new ComparisonResult[others.Length];
        Parallel.For(0, others.Length, k =>
        {
            int l = others[k];
            string level = grouping.Levels[l];
            var change = Change(pairs[l]);
            results[k] = new ComparisonResult(
                grouping.By, level, grouping.Levels[reference], change.Length, refChange.Length,
                Inference.WelchT(change, refChange, confLevel),
                Inference.RankSum(change, refChange, confLevel),
                Estimate(fit, level, error, modelN));
        });
        return results;
    }

    private AncovaResult? Ancova(Grouping grouping, (double[] B, double[] F, int Missing)[] pairs, int[] used, out string? error, out int n)
    {
        n = used.Sum(l => pairs[l].B.Length);
        var y = new double[n];
        var x = new double[n];
        var codes = new int[n];
        int i = 0;
        for (int u = 0; u < used.Length; u++)
        {
            var (b, f, _) = pairs[used[u]];
            b.CopyTo(x, i);
            f.CopyTo(y, i);
            codes.AsSpan(i, b.Length).Fill(u);
            i += b.Length;
        }

        try
        {
            error = null;
            return Statistics.Models.Ancova.Fit(y, codes, used.Select(l => grouping.Levels[l]).ToArray(), [x], ["baseline"], confLevel);
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return null;
        }
    }

    private static double[] Change((double[] B, double[] F, int Missing) pair)
    {
        var change = new double[pair.B.Length];
        for (int i = 0; i < change.Length; i++)
        {
            change[i] = pair.F[i] - pair.B[i];
        }

        return change;
    }
}
