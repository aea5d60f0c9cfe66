using Myelin.Statistics.Tests.Golden;

namespace Myelin.Statistics.Tests.Tests;

/// <summary>
/// The exact-with-ties rule against coin 1.4-2 (Golden/htests-coin.json, r/golden-htests.R): exact conditional
/// p-values with Pratt zeros (which R ≥ 4.6's exact wilcox.test also gives, statistics.md §3.4) and coin's
/// asymptotic Z without continuity correction. Tolerance 1e-12 relative: both are exact sums or closed forms.
/// </summary>
public sealed class CoinGoldenTests
{
    public static TheoryData<string> Cases()
    {
        using var doc = GoldenNumber.Load("htests-coin.json");
        var data = new TheoryData<string>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            data.Add(c.GetProperty("id").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void P_value_matches_coin(string id)
    {
        using var doc = GoldenNumber.Load("htests-coin.json");
        var c = doc.RootElement.EnumerateArray().First(e => e.GetProperty("id").GetString() == id);
        double expected = GoldenNumber.Parse(c.GetProperty("p_value"));
        if (id.StartsWith("coin rs", StringComparison.Ordinal) && id.EndsWith("two.sided exact", StringComparison.Ordinal))
        {
            // R ≥ 4.6's two-sided exact rank-sum p-value is min(2·lower, 2·upper, 1) (statistics.md §3.3), not
            // coin's P(|T − E T| ≥ |t − E T|); they differ when the conditional distribution is asymmetric
            // (case "coin rs V"). So the expectation is built from coin's exact one-sided p-values.
            double P(string alt) => GoldenNumber.Parse(doc.RootElement.EnumerateArray()
                .First(e => e.GetProperty("id").GetString() == id.Replace("two.sided", alt, StringComparison.Ordinal))
                .GetProperty("p_value"));
            expected = Math.Min(1, 2 * Math.Min(P("less"), P("greater")));
        }

        var result = GoldenRequest.Run(c.GetProperty("request"));
        Assert.Null(result.Error);
        double rel = GoldenNumber.RelativeError(expected, result.PValue);
        Assert.True(rel <= 1e-12, $"coin {expected:R}, got {result.PValue:R} (rel {rel:E2})");
    }

    [Fact]
    public void Paired_VAS_example_gives_R_4_6_statistic_and_exact_p()
    {
        // statistics.md §13, data A under R 4.6.0: V = 54, p = 0.00390625, method "Wilcoxon signed rank exact test".
        double[] x = [7, 5, 6, 8, 4, 6, 7, 9, 5, 6], y = [4, 3, 6, 5, 2, 5, 4, 6, 3, 5];
        var r = WilcoxTest.Run(x, y, new WilcoxOptions { Paired = true, Rule = WilcoxRule.ExactWithTies });
        Assert.Equal(54, r.Statistic);
        Assert.Equal(0.00390625, r.PValue);
        Assert.Equal("Wilcoxon signed rank exact test", r.Method);
        Assert.Empty(r.Warnings);
    }

    [Fact]
    public void No_ties_interval_reports_the_achieved_level_as_R_4_6()
    {
        // statistics.md §13, data B under R 4.6: same p and CI as R 4.2.2, conf.level attribute 0.951171875.
        double[] d = [1.1, -0.4, 2.3, 0.7, 1.9, -1.2, 3.1, 0.2, 2.6, 1.4];
        var r = WilcoxTest.Run(d, null, new WilcoxOptions { ConfInt = true, Rule = WilcoxRule.ExactWithTies });
        Assert.Equal(0.037109375, r.PValue);
        Assert.Equal(0.14999999999999997, r.ConfInt!.Lower);
        Assert.Equal(2.25, r.ConfInt.Upper);
        Assert.Equal(0.951171875, r.ConfInt.Level);
        Assert.Equal(1.25, r.Estimates[0].Value);
    }

    [Fact]
    public void Tied_two_sample_interval_is_R_4_6s_on_the_VAS_example()
    {
        // statistics.md §13, data C under R 4.6.0: p = 0.0042542596722163284, CI [−3, −1],
        // conf.level 0.98359999133992937, estimate −2.
        double[] g1 = [3, 4, 2, 5, 3, 4, 6, 2, 3, 4], g2 = [5, 6, 4, 7, 5, 6, 8, 5, 6, 4];
        var r = WilcoxTest.Run(g1, g2, new WilcoxOptions { ConfInt = true, Rule = WilcoxRule.ExactWithTies });
        Assert.Equal(0.0042542596722163284, r.PValue, 1e-16);
        Assert.Equal(-3, r.ConfInt!.Lower);
        Assert.Equal(-1, r.ConfInt.Upper);
        Assert.Equal(0.98359999133992937, r.ConfInt.Level, 1e-15);
        Assert.Equal(-2, r.Estimates[0].Value);
        Assert.Empty(r.Warnings);
    }
}
