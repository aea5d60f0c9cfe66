using Myelin.Statistics.Random;
using Myelin.Statistics.Tests;

namespace Myelin.Statistics.Power;

/// <summary>
/// Power of the Wilcoxon rank tests by simulation (statistics.md §8: the most defensible route for discrete VAS
/// data; cf. Noether 1987 for the closed-form approximation it replaces). Each data set is drawn from a seeded
/// R-compatible stream and tested with <see cref="WilcoxTest"/>, i.e. R 4.2.2's exact/asymptotic rules, so the
/// same seed and samplers in R (<c>set.seed(seed)</c>; per replicate x then y) give the same rejections.
/// </summary>
public static class RankTestPower
{
    /// <summary>Power of <c>wilcox.test(x, y)</c> (rank sum) for groups of <paramref name="nx"/> and <paramref name="ny"/>.</summary>
    /// <param name="drawX">Generator of one x value (see <see cref="Samplers"/>).</param>
    /// <param name="drawY">Generator of one y value.</param>
    /// <param name="nx">Size of group x, ≥ 1.</param>
    /// <param name="ny">Size of group y, ≥ 1.</param>
    /// <param name="seed">Seed of the stream.</param>
    /// <param name="simulations">Number of simulated data sets, default 1000.</param>
    /// <param name="sigLevel">Rejection threshold for the p-value, default 0.05.</param>
    /// <param name="options">wilcox.test options (alternative, exact, correct); default R's defaults.</param>
    public static SimulatedPower RankSum(Func<RRandom, double> drawX, Func<RRandom, double> drawY, int nx, int ny, int seed,
        int simulations = 1000, double sigLevel = 0.05, WilcoxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(drawX);
        ArgumentNullException.ThrowIfNull(drawY);
        ArgumentOutOfRangeException.ThrowIfLessThan(nx, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ny, 1);
        var o = (options ?? new WilcoxOptions()) with { Paired = false, ConfInt = false };
        return Simulate(seed, simulations, sigLevel, rng =>
        {
            var x = new double[nx];
            var y = new double[ny];
            for (int i = 0; i < nx; i++)
            {
                x[i] = drawX(rng);
            }

            for (int i = 0; i < ny; i++)
            {
                y[i] = drawY(rng);
            }

            return WilcoxTest.Run(x, y, o);
        });
    }

    /// <summary>Power of the signed-rank test <c>wilcox.test(d)</c> on <paramref name="n"/> paired differences.</summary>
    /// <param name="drawDifference">Generator of one within-pair difference (e.g. after − before).</param>
    /// <param name="n">Number of pairs, ≥ 1.</param>
    /// <param name="seed">Seed of the stream.</param>
    /// <param name="simulations">Number of simulated data sets, default 1000.</param>
    /// <param name="sigLevel">Rejection threshold for the p-value, default 0.05.</param>
    /// <param name="options">wilcox.test options (alternative, mu, exact, correct); default R's defaults.</param>
    public static SimulatedPower SignedRank(Func<RRandom, double> drawDifference, int n, int seed,
        int simulations = 1000, double sigLevel = 0.05, WilcoxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(drawDifference);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var o = (options ?? new WilcoxOptions()) with { Paired = false, ConfInt = false };
        return Simulate(seed, simulations, sigLevel, rng =>
        {
            var d = new double[n];
            for (int i = 0; i < n; i++)
            {
                d[i] = drawDifference(rng);
            }

            return WilcoxTest.Run(d, null, o);
        });
    }

    private static SimulatedPower Simulate(int seed, int simulations, double sigLevel, Func<RRandom, Myelin.Statistics.HtestResult> test)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(simulations, 1);
        if (!(sigLevel > 0 && sigLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(sigLevel), sigLevel, "'sig.level' must be numeric in (0, 1)");
        }

        var rng = new RRandom(seed);
        int rejections = 0, failures = 0;
        for (int s = 0; s < simulations; s++)
        {
            var r = test(rng);
            if (r.Error is not null || double.IsNaN(r.PValue))
            {
                failures++;
            }
            else if (r.PValue <= sigLevel)
            {
                rejections++;
            }
        }

        double power = rejections / (double)simulations;
        return new SimulatedPower(power, rejections, simulations, Math.Sqrt(power * (1 - power) / simulations), failures, seed);
    }
}
