using Myelin.Statistics.Descriptive;
using Myelin.Statistics.Tests.Golden;
using BootstrapRun = Myelin.Statistics.Bootstrap.Bootstrap;
using Myelin.Statistics.Bootstrap;

namespace Myelin.Statistics.Tests.Bootstrap;

/// <summary>
/// <c>set.seed(s); boot(x, statistic, R)</c> and <c>boot.ci(type = c("perc", "bca"))</c> against boot 1.3-28.1
/// on R 4.2.2 (Golden/models-bootstrap.json). The resamples are identical (same RNG, same column-wise fill), so
/// the replicates must agree to rounding of the statistic; limits are order statistics or normal-scale
/// interpolations of them and are held to 1e-12 relative. The acceleration comes from a least-squares fit on
/// both sides (QR), held to 1e-10 relative: the regression has up to 40 columns and R's glm and MathNet's
/// Householder QR round differently.
/// </summary>
public sealed class BootstrapGoldenTests
{
    public static TheoryData<int> Cases()
    {
        using var doc = GoldenNumber.Load("models-bootstrap.json");
        var data = new TheoryData<int>();
        for (int i = 0; i < doc.RootElement.GetProperty("cases").GetArrayLength(); i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Replicates_percentile_and_bca_match_boot(int index)
    {
        using var doc = GoldenNumber.Load("models-bootstrap.json");
        var c = doc.RootElement.GetProperty("cases")[index];
        string name = c.GetProperty("name").GetString()!;
        Func<double[], double> statistic = c.GetProperty("statistic").GetString() switch
        {
            "mean" => d => Moments.Mean(d),
            "median" => d => Median(d),
            _ => d => Moments.StandardDeviation(d),
        };
        double conf = GoldenNumber.Parse(c.GetProperty("conf_level"));

        var b = BootstrapRun.Run(GoldenNumber.Array(c.GetProperty("x")), statistic,
            (int)GoldenNumber.Parse(c.GetProperty("replicates")), (int)GoldenNumber.Parse(c.GetProperty("seed")));

        Near(name, "t0", GoldenNumber.Parse(c.GetProperty("t0")), b.T0, 1e-14);
        var first = GoldenNumber.Array(c.GetProperty("t_first"));
        for (int r = 0; r < first.Length; r++)
        {
            Near(name, $"t*[{r + 1}]", first[r], b.Replicates[r], 1e-14);
        }

        Near(name, "sum of t*", GoldenNumber.Parse(c.GetProperty("t_sum")), Moments.CompensatedSum(b.Replicates.ToArray()), 1e-13);
        Near(name, "acceleration", GoldenNumber.Parse(c.GetProperty("acceleration")), b.Acceleration(), 1e-10);

        var perc = b.Percentile(conf);
        var expectedPerc = GoldenNumber.Array(c.GetProperty("percent"));
        Near(name, "percentile low", expectedPerc[0], perc.Low, 1e-12);
        Near(name, "percentile high", expectedPerc[1], perc.High, 1e-12);

        var bca = b.Bca(conf);
        var expectedBca = GoldenNumber.Array(c.GetProperty("bca"));
        Near(name, "BCa low", expectedBca[0], bca.Low, 1e-12);
        Near(name, "BCa high", expectedBca[1], bca.High, 1e-12);
    }

    [Fact]
    public void Statistics_md_anchor_mean_intervals()
    {
        double[] x = [4, 3, 6, 5, 2, 5, 4, 6, 3, 5, 7, 1, 4, 5, 3];
        var b = BootstrapRun.Run(x, d => Moments.Mean(d), 2000, 42);

        Assert.Equal(3.3999999999999999, b.Percentile().Low, 1e-15);
        Assert.Equal(5, b.Percentile().High, 1e-15);
        Assert.Equal(3.3333333333333335, b.Bca().Low, 1e-14);
        Assert.Equal(4.9333333333333336, b.Bca().High, 1e-14);
        // For the mean, jackknife and regression influence values coincide (statistics.md §13).
        Assert.Equal(-0.0098356185118451157, b.Acceleration(AccelerationMethod.Jackknife), 1e-15);
    }

    [Fact]
    public void Median_of_tied_data_warns_about_extreme_order_statistics()
    {
        double[] x = [4, 3, 6, 5, 2, 5, 4, 6, 3, 5, 7, 1, 4, 5, 3];
        var b = BootstrapRun.Run(x, Median, 999, 1);
        Assert.Contains("extreme order statistics used as endpoints", b.Bca().Warnings);
    }

    [Fact]
    public void Same_seed_same_replicates_and_different_seed_different()
    {
        double[] x = [1.5, 2.5, 3.7, 0.2, 4.4];
        var a = BootstrapRun.Run(x, d => Moments.Mean(d), 50, 7);
        var again = BootstrapRun.Run(x, d => Moments.Mean(d), 50, 7);
        var other = BootstrapRun.Run(x, d => Moments.Mean(d), 50, 8);
        Assert.Equal(a.Replicates, again.Replicates);
        Assert.NotEqual(a.Replicates, other.Replicates);
    }

    private static double Median(double[] d)
    {
        var s = d.Order().ToArray();
        int h = s.Length / 2;
        return s.Length % 2 == 1 ? s[h] : (s[h - 1] + s[h]) / 2;
    }

    private static void Near(string caseName, string what, double expected, double actual, double tol)
    {
        double err = GoldenNumber.RelativeError(expected, actual);
        Assert.True(err <= tol, $"{caseName}: {what} expected {expected:R}, got {actual:R} (relative error {err:E2} > {tol:E0})");
    }
}
