namespace Myelin.Statistics.Models;

/// <summary>
/// The sufficient statistics of the one-factor ANCOVA, accumulated in three streaming passes: group counts and
/// means; within-group sums of squares and cross-products of the centred covariates (and with y), giving β̂; then
/// the residual sum of squares from the centred residuals (no cancellation-prone RSS = S_yy − β̂'S_xy).
/// </summary>
internal sealed class AncovaSums
{
    public required int N { get; init; }
    public required int[] Count { get; init; }
    public required double[] MeanY { get; init; }

    /// <summary>Group covariate means, [group * p + j].</summary>
    public required double[] MeanX { get; init; }

    /// <summary>Covariate means over all rows used.</summary>
    public required double[] GrandMeanX { get; init; }

    /// <summary>Inverse of the within-group cross-product matrix of the covariates (p × p).</summary>
    public required double[] WithinInverse { get; init; }
    public required double[] Beta { get; init; }
    public required double Rss { get; init; }

    public static AncovaSums Accumulate(
        ReadOnlySpan<double> response, ReadOnlySpan<int> groupCodes, IReadOnlyList<string> levels, IReadOnlyList<double[]> covariates, string[] names)
    {
        ReadOnlySpan<double> y = response;
        ReadOnlySpan<int> codes = groupCodes;
        IReadOnlyList<double[]> x = covariates;
        int k = levels.Count, p = x.Count;
        bool[]? keep = null;
        var count = new int[k];
        var sumY = new double[k];
        var sumX = new double[k * p];
        for (int i = 0; i < y.Length; i++)
        {
            int g = codes[i];
            bool complete = g >= 0 && !double.IsNaN(y[i]);
            if (g >= k || g < -1)
            {
                throw new ArgumentException($"group code {g} at row {i + 1} is outside 0..{k - 1} (or −1 for missing)", nameof(groupCodes));
            }

            if (double.IsInfinity(y[i]))
            {
                throw new ArgumentException($"response is infinite at row {i + 1} (R: NA/NaN/Inf in 'y')", nameof(response));
            }

            for (int j = 0; j < p; j++)
            {
                double v = x[j][i];
                if (double.IsInfinity(v))
                {
                    throw new ArgumentException($"covariate '{names[j]}' is infinite at row {i + 1} (R: NA/NaN/Inf in 'x')", nameof(covariates));
                }

                complete &= !double.IsNaN(v);
            }

            if (!complete)
            {
                keep ??= MarkAllBefore(i, y.Length);
                continue;
            }

            if (keep is not null)
            {
                keep[i] = true;
            }

            count[g]++;
            sumY[g] += y[i];
            for (int j = 0; j < p; j++)
            {
                sumX[g * p + j] += x[j][i];
            }
        }

        int n = 0;
        for (int g = 0; g < k; g++)
        {
            if (count[g] == 0)
            {
                throw new ArgumentException($"group '{levels[g]}' has no complete rows; drop the level or supply data for it", nameof(levels));
            }

            n += count[g];
        }

        int df = n - k - p;
        if (df < 1)
        {
            throw new ArgumentException($"{n} complete rows cannot estimate {k + p} coefficients with a residual variance", nameof(response));
        }

        var meanY = new double[k];
        var meanX = new double[k * p];
        var grand = new double[p];
        for (int g = 0; g < k; g++)
        {
            meanY[g] = sumY[g] / count[g];
            for (int j = 0; j < p; j++)
            {
                meanX[g * p + j] = sumX[g * p + j] / count[g];
                grand[j] += sumX[g * p + j];
            }
        }

        for (int j = 0; j < p; j++)
        {
            grand[j] /= n;
        }

        var w = new double[p * p];
        var wxy = new double[p];
        var dx = new double[p];
        for (int i = 0; i < y.Length; i++)
        {
            if (keep is not null && !keep[i])
            {
                continue;
            }

            int g = codes[i];
            double dy = y[i] - meanY[g];
            for (int j = 0; j < p; j++)
            {
                dx[j] = x[j][i] - meanX[g * p + j];
                wxy[j] += dx[j] * dy;
                for (int m = 0; m <= j; m++)
                {
                    w[j * p + m] += dx[j] * dx[m];
                }
            }
        }

        var inv = new double[p * p];
        if (p > 0)
        {
            int bad = SymmetricSolver.TryInvert(w, p, inv, 1e-14);
            if (bad >= 0)
            {
                throw new ArgumentException(
                    $"covariate '{names[bad]}' is constant within groups or a linear combination of the group and earlier covariates (R would report its coefficient as NA)",
                    nameof(covariates));
            }
        }

        var beta = new double[p];
        for (int j = 0; j < p; j++)
        {
            for (int m = 0; m < p; m++)
            {
                beta[j] += inv[j * p + m] * wxy[m];
            }
        }

        double rss = 0;
        for (int i = 0; i < y.Length; i++)
        {
            if (keep is not null && !keep[i])
            {
                continue;
            }

            int g = codes[i];
            double r = y[i] - meanY[g];
            for (int j = 0; j < p; j++)
            {
                r -= beta[j] * (x[j][i] - meanX[g * p + j]);
            }

            rss += r * r;
        }

        return new AncovaSums
        {
            N = n, Count = count, MeanY = meanY, MeanX = meanX, GrandMeanX = grand,
            WithinInverse = inv, Beta = beta, Rss = rss,
        };
    }

    /// <summary>Quadratic form u'W⁻¹v.</summary>
    public double Form(ReadOnlySpan<double> u, ReadOnlySpan<double> v)
    {
        int p = Beta.Length;
        double s = 0;
        for (int j = 0; j < p; j++)
        {
            for (int m = 0; m < p; m++)
            {
                s += u[j] * WithinInverse[j * p + m] * v[m];
            }
        }

        return s;
    }

    private static bool[] MarkAllBefore(int i, int length)
    {
        var keep = new bool[length];
        Array.Fill(keep, true, 0, i);
        return keep;
    }
}
