using Myelin.Statistics.Effects;
using Myelin.Statistics.Tests.Golden;

namespace Myelin.Statistics.Tests.Effects;

/// <summary>
/// Cohen's d / dz against R 4.2.2 (Golden/models-effects.json). The R side solves pt(t, df, ncp) = 1 − α/2 and
/// α/2 with uniroot at tol 1e-14, i.e. the exact noncentral-t limits (effectsize's Nelder–Mead values differ in the
/// 8th digit, statistics.md §10). Tolerances: d and t are closed-form, 1e-13 relative; the limits 1e-10
/// relative, because R's pt and ours agree to about 1e-13 absolute (AS 243's truncation, see
/// NoncentralTGoldenTests), which moves a root by that over the density, about 1e-12.
/// </summary>
public sealed class CohensDGoldenTests
{
    public static TheoryData<int> Cases()
    {
        using var doc = GoldenNumber.Load("models-effects.json");
        var data = new TheoryData<int>();
        for (int i = 0; i < doc.RootElement.GetArrayLength(); i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Estimate_and_exact_interval_match_R(int index)
    {
        using var doc = GoldenNumber.Load("models-effects.json");
        var c = doc.RootElement[index];
        double[] x = GoldenNumber.Array(c.GetProperty("x"));
        double[]? y = c.GetProperty("y").ValueKind == System.Text.Json.JsonValueKind.Null ? null : GoldenNumber.Array(c.GetProperty("y"));
        double mu = GoldenNumber.Parse(c.GetProperty("mu")), conf = GoldenNumber.Parse(c.GetProperty("conf_level"));
        var es = c.GetProperty("kind").GetString() switch
        {
            "two.sample" => CohensD.TwoSample(x, y!, mu, conf),
            "paired" => CohensD.Paired(x, y!, mu, conf),
            _ => CohensD.OneSample(x, mu, conf),
        };

        string name = c.GetProperty("name").GetString()!;
        Near(name, "d", GoldenNumber.Parse(c.GetProperty("d")), es.Estimate, 1e-13);
        Near(name, "t", GoldenNumber.Parse(c.GetProperty("t")), es.TStatistic, 1e-13);
        Assert.Equal(GoldenNumber.Parse(c.GetProperty("df")), es.Df);
        Near(name, "lower", GoldenNumber.Parse(c.GetProperty("conf_low")), es.ConfLow, 1e-10);
        Near(name, "upper", GoldenNumber.Parse(c.GetProperty("conf_high")), es.ConfHigh, 1e-10);

        // lgamma differences: MathNet's Lanczos lnΓ and R's agree to ~1e-15 absolute at these df.
        var g = CohensD.HedgesG(es);
        double j = GoldenNumber.Parse(c.GetProperty("hedges_j"));
        Near(name, "Hedges J", j, CohensD.HedgesCorrection(es.Df), 1e-13);
        Near(name, "Hedges g", es.Estimate * j, g.Estimate, 1e-13);
    }

    [Fact]
    public void Statistics_md_anchor_effectsize_values_agree_to_Nelder_Mead_accuracy()
    {
        double[] g1 = [3, 4, 2, 5, 3, 4, 6, 2, 3, 4], g2 = [5, 6, 4, 7, 5, 6, 8, 5, 6, 4];
        var d = CohensD.TwoSample(g1, g2);
        Assert.Equal(-1.5811388300841893, d.Estimate, 1e-15);
        // effectsize 0.8.3: CI = [−2.5802761727550498, −0.54932505225444861], found by Nelder–Mead (abstol 1e-9).
        Assert.Equal(-2.5802761727550498, d.ConfLow, 1e-6);
        Assert.Equal(-0.54932505225444861, d.ConfHigh, 1e-6);
    }

    [Fact]
    public void Constant_differences_are_refused_like_t_test()
    {
        var ex = Assert.Throws<ArgumentException>(() => CohensD.Paired([5, 6, 7], [4, 5, 6]));
        Assert.Contains("essentially constant", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mismatched_pairs_name_the_argument()
    {
        var ex = Assert.Throws<ArgumentException>(() => CohensD.Paired([5, 6, 7], [4, 5]));
        Assert.Equal("y", ex.ParamName);
    }

    [Fact]
    public void NaN_pairs_are_dropped()
    {
        var withNaN = CohensD.Paired([7, 5, 6, 8, double.NaN, 4], [4, 3, 6, 5, 2, 2]);
        var without = CohensD.Paired([7, 5, 6, 8, 4], [4, 3, 6, 5, 2]);
        Assert.Equal(without, withNaN);
    }

    private static void Near(string caseName, string what, double expected, double actual, double tol)
    {
        double err = GoldenNumber.RelativeError(expected, actual);
        Assert.True(err <= tol, $"{caseName}: {what} expected {expected:R}, got {actual:R} (relative error {err:E2} > {tol:E0})");
    }
}
