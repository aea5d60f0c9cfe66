namespace Myelin.Statistics.Models;

/// <summary>
/// The rows of an MMRM sorted by subject (in order of first appearance) and visit, with R's <c>model.matrix</c>
/// columns for <c>y ~ covariates + arm * visit</c> (treatment contrasts; interaction columns arm-fastest).
/// </summary>
internal sealed class MmrmDesign
{
    public required double[] X { get; init; }
    public required double[] Y { get; init; }
    public required string[] ColumnNames { get; init; }
    public required int[] SubjectStart { get; init; }
    public required int[] SubjectPattern { get; init; }
    public required int[][] Patterns { get; init; }
    public required double[] CovariateMeans { get; init; }

    public int P => ColumnNames.Length;

    /// <summary>The model-matrix row of arm level a at visit level v with covariates at their means.</summary>
    public static double[] GridRow(int p, double[] covariateMeans, int arms, int visits, int a, int v)
    {
        var row = new double[p];
        row[0] = 1;
        int c = 1;
        foreach (double mean in covariateMeans)
        {
            row[c++] = mean;
        }

        int armStart = c, visitStart = armStart + arms - 1, interactionStart = visitStart + visits - 1;
        if (a > 0)
        {
            row[armStart + a - 1] = 1;
        }

        if (v > 0)
        {
            row[visitStart + v - 1] = 1;
        }

        if (a > 0 && v > 0)
        {
            row[interactionStart + (v - 1) * (arms - 1) + a - 1] = 1;
        }

        return row;
    }

    public static MmrmDesign Build(
        IReadOnlyList<double> response, IReadOnlyList<string?> subject, int[] visit, int[] arm,
        IReadOnlyList<string> visitLevels, IReadOnlyList<string> armLevels,
        IReadOnlyList<double[]> covariates, IReadOnlyList<string> covariateNames)
    {
        int n = response.Count, q = covariates.Count, arms = armLevels.Count, visits = visitLevels.Count;
        var names = new List<string> { "(Intercept)" };
        names.AddRange(covariateNames);
        names.AddRange(armLevels.Skip(1).Select(l => "arm" + l));
        names.AddRange(visitLevels.Skip(1).Select(l => "visit" + l));
        for (int v = 1; v < visits; v++)
        {
            for (int a = 1; a < arms; a++)
            {
                names.Add($"arm{armLevels[a]}:visit{visitLevels[v]}");
            }
        }

        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<int>();
        for (int i = 0; i < n; i++)
        {
            bool complete = subject[i] is not null && visit[i] >= 0 && arm[i] >= 0 && !double.IsNaN(response[i])
                            && covariates.All(c => !double.IsNaN(c[i]));
            if (!complete)
            {
                continue;
            }

            if (double.IsInfinity(response[i]) || covariates.Any(c => double.IsInfinity(c[i])))
            {
                throw new ArgumentException($"infinite value at row {i + 1} (R: NA/NaN/Inf in 'y' or 'x')", nameof(response));
            }

            order.TryAdd(subject[i]!, order.Count);
            rows.Add(i);
        }

        rows.Sort((r1, r2) =>
        {
            int c = order[subject[r1]!].CompareTo(order[subject[r2]!]);
            return c != 0 ? c : visit[r1].CompareTo(visit[r2]);
        });

        int p = names.Count, used = rows.Count;
        var x = new double[used * p];
        var y = new double[used];
        var means = new double[q];
        var starts = new List<int>();
        var patternIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var patterns = new List<int[]>();
        var subjectPattern = new List<int>();
        for (int r = 0; r < used; r++)
        {
            int i = rows[r];
            bool first = r == 0 || subject[rows[r - 1]] != subject[i];
            if (!first && visit[rows[r - 1]] == visit[i])
            {
                throw new ArgumentException($"subject '{subject[i]}' has visit '{visitLevels[visit[i]]}' twice (row {i + 1})", nameof(subject));
            }

            if (first)
            {
                starts.Add(r);
            }

            y[r] = response[i];
            var grid = GridRow(p, covariates.Select(c => c[i]).ToArray(), arms, visits, arm[i], visit[i]);
            Array.Copy(grid, 0, x, r * p, p);
            for (int j = 0; j < q; j++)
            {
                means[j] += covariates[j][i];
            }
        }

        starts.Add(used);
        for (int s = 0; s + 1 < starts.Count; s++)
        {
            int[] pattern = Enumerable.Range(starts[s], starts[s + 1] - starts[s]).Select(r => visit[rows[r]]).ToArray();
            string key = string.Join(",", pattern);
            if (!patternIndex.TryGetValue(key, out int k))
            {
                k = patterns.Count;
                patternIndex[key] = k;
                patterns.Add(pattern);
            }

            subjectPattern.Add(k);
        }

        for (int j = 0; j < q; j++)
        {
            means[j] /= used;
        }

        return new MmrmDesign
        {
            X = x, Y = y, ColumnNames = [.. names], SubjectStart = [.. starts], SubjectPattern = [.. subjectPattern],
            Patterns = [.. patterns], CovariateMeans = means,
        };
    }
}
