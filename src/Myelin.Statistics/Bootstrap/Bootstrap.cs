using Myelin.Statistics.Random;

namespace Myelin.Statistics.Bootstrap;

/// <summary>
/// The ordinary nonparametric bootstrap (Efron 1979; Davison &amp; Hinkley, Bootstrap Methods and their Application,
/// 1997, ch. 2 and 5), seeded and reproducible. With the same seed it draws the same resamples as R's
/// <c>set.seed(seed); boot(data, statistic, R)</c>: one <c>sample.int(n, n·R, replace = TRUE)</c> call whose
/// draws fill an R × n index matrix column by column, replicate r taking row r.
/// </summary>
public static class Bootstrap
{
    /// <summary>Draws <paramref name="replicates"/> resamples and evaluates the statistic on each.</summary>
    /// <param name="data">The observations (NaN is passed to the statistic as is, as boot does).</param>
    /// <param name="statistic">The statistic of a (resampled) data array; it may keep no reference to the array.</param>
    /// <param name="replicates">Number of bootstrap replicates R, at least 2.</param>
    /// <param name="seed">R's <c>set.seed</c> value.</param>
    public static BootstrapSample Run(IReadOnlyList<double> data, Func<double[], double> statistic, int replicates, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(statistic);
        if (replicates < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(replicates), replicates, "at least 2 bootstrap replicates are needed");
        }

        int n = data.Count;
        if (n < 1)
        {
            throw new ArgumentException("no data to resample", nameof(data));
        }

        if ((long)n * replicates > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(replicates), replicates, $"n·R = {(long)n * replicates} resampling indices exceed 2^31 − 1");
        }

        double[] x = data.ToArray();
        double t0 = statistic((double[])x.Clone());
        var rng = new RRandom(seed);
        var indices = new int[replicates, n];
        for (int j = 0; j < n; j++)
        {
            for (int r = 0; r < replicates; r++)
            {
                indices[r, j] = rng.NextIndex(n);
            }
        }

        var t = new double[replicates];
        var buffer = new double[n];
        for (int r = 0; r < replicates; r++)
        {
            for (int j = 0; j < n; j++)
            {
                buffer[j] = x[indices[r, j]];
            }

            t[r] = statistic(buffer);
        }

        return new BootstrapSample(x, statistic, t0, t, indices, seed);
    }
}
