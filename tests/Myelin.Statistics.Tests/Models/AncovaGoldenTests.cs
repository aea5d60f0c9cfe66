using System.Text.Json;
using Myelin.Statistics.Models;
using Myelin.Statistics.Tests.Golden;

namespace Myelin.Statistics.Tests.Models;

/// <summary>
/// <c>lm(y ~ group + covariates)</c>, <c>confint</c> and <c>emmeans(~ group)</c> against R 4.2.2
/// (r/golden-models.R → Golden/models-ancova.json).
/// Tolerance 1e-12 relative: lm is closed-form (Householder QR) and our within-group normal equations are
/// well conditioned, so both sides are exact to a few ulps times the condition number. A p-value is held to
/// 1e-12·max(1, t²): the relative condition number of the t tail, |t·f(t)/P(T &gt; |t|)|, grows like t², so the
/// last-ulp differences in t that both sides are entitled to become 5e-12 at t = −17.5 (the 2000-row case).
/// </summary>
public sealed class AncovaGoldenTests
{
    private const double Tolerance = 1e-12;

    public static TheoryData<int> Cases()
    {
        using var doc = GoldenNumber.Load("models-ancova.json");
        var data = new TheoryData<int>();
        for (int i = 0; i < doc.RootElement.GetArrayLength(); i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_lm_confint_and_emmeans(int index)
    {
        using var doc = GoldenNumber.Load("models-ancova.json");
        var c = doc.RootElement[index];
        string name = c.GetProperty("name").GetString()!;
        double tol = Tolerance;

        var fit = Ancova.Fit(
            GoldenNumber.Array(c.GetProperty("y")),
            c.GetProperty("group").EnumerateArray().Select(e => e.GetString()).ToArray(),
            c.GetProperty("covariates").EnumerateArray().Select(GoldenNumber.Array).ToArray(),
            c.GetProperty("covariate_names").EnumerateArray().Select(e => e.GetString()!).ToArray(),
            c.GetProperty("levels").EnumerateArray().Select(e => e.GetString()!).ToArray(),
            GoldenNumber.Parse(c.GetProperty("conf_level")));

        Assert.Equal(c.GetProperty("df_residual").GetDouble(), fit.DfResidual);
        Near(name, "sigma", GoldenNumber.Parse(c.GetProperty("sigma")), fit.Sigma, tol);

        var expected = c.GetProperty("coefficients").EnumerateArray().ToArray();
        Assert.Equal(expected.Select(e => e.GetProperty("name").GetString()), fit.Coefficients.Select(x => x.Name));
        foreach (var e in expected)
        {
            var actual = fit.Coefficient(e.GetProperty("name").GetString()!);
            Near(name, actual.Name + " estimate", e, "estimate", actual.Estimate, tol);
            Near(name, actual.Name + " SE", e, "std_error", actual.StdError, tol);
            Near(name, actual.Name + " t", e, "t_value", actual.TValue, tol);
            Near(name, actual.Name + " p", e, "p_value", actual.PValue, PTolerance(actual.TValue));
            Near(name, actual.Name + " lower", e, "conf_low", actual.ConfLow, tol);
            Near(name, actual.Name + " upper", e, "conf_high", actual.ConfHigh, tol);
        }

        var means = c.GetProperty("emmeans").EnumerateArray().ToArray();
        Assert.Equal(means.Length, fit.AdjustedMeans.Count);
        for (int g = 0; g < means.Length; g++)
        {
            var actual = fit.AdjustedMeans[g];
            Assert.Equal(means[g].GetProperty("level").GetString(), actual.Level);
            Near(name, actual.Level + " emmean", means[g], "emmean", actual.Estimate, tol);
            Near(name, actual.Level + " emmean SE", means[g], "std_error", actual.StdError, tol);
            Near(name, actual.Level + " emmean lower", means[g], "conf_low", actual.ConfLow, tol);
            Near(name, actual.Level + " emmean upper", means[g], "conf_high", actual.ConfHigh, tol);
        }

        var contrasts = c.GetProperty("contrasts").EnumerateArray().ToArray();
        Assert.Equal(contrasts.Length, fit.Contrasts.Count);
        for (int g = 0; g < contrasts.Length; g++)
        {
            var actual = fit.Contrasts[g];
            Assert.Equal(contrasts[g].GetProperty("label").GetString(), actual.Label);
            Near(name, actual.Label, contrasts[g], "estimate", actual.Estimate, tol);
            Near(name, actual.Label + " SE", contrasts[g], "std_error", actual.StdError, tol);
            Near(name, actual.Label + " t", contrasts[g], "t_value", actual.TValue, tol);
            Near(name, actual.Label + " p", contrasts[g], "p_value", actual.PValue, PTolerance(actual.TValue));
            Near(name, actual.Label + " lower", contrasts[g], "conf_low", actual.ConfLow, tol);
            Near(name, actual.Label + " upper", contrasts[g], "conf_high", actual.ConfHigh, tol);
        }
    }

    [Fact]
    public void Shifting_the_covariate_by_1e4_leaves_emmeans_at_R_anchor_values()
    {
        // emmeans itself loses 3 digits here (its SE comes from x'Vx with x ≈ 1e4 against an uncentred QR), so the
        // reference is the unshifted anchor fit: adjusted means and contrasts do not depend on where the covariate is centred.
        // Storing 1e4 + b/1000 as a double moves each value by up to ulp(1e4)/2 ≈ 9e-13, which the slope (−222) turns
        // into about 2e-10 on the adjusted means: hence 1e-9 here, not 1e-12.
        using var doc = GoldenNumber.Load("models-ancova.json");
        var anchor = doc.RootElement[0];
        double[] shifted = GoldenNumber.Array(anchor.GetProperty("covariates")[0]).Select(b => 1e4 + b / 1000).ToArray();
        var fit = Ancova.Fit(
            GoldenNumber.Array(anchor.GetProperty("y")),
            anchor.GetProperty("group").EnumerateArray().Select(e => e.GetString()).ToArray(),
            [shifted], ["base"], ["placebo", "active"]);

        var means = anchor.GetProperty("emmeans").EnumerateArray().ToArray();
        for (int g = 0; g < 2; g++)
        {
            Near("shifted", "emmean", means[g], "emmean", fit.AdjustedMeans[g].Estimate, 1e-9);
            Near("shifted", "emmean SE", means[g], "std_error", fit.AdjustedMeans[g].StdError, 1e-9);
        }

        Near("shifted", "contrast", anchor.GetProperty("contrasts")[0], "estimate", fit.Contrasts[0].Estimate, 1e-9);
        Near("shifted", "contrast SE", anchor.GetProperty("contrasts")[0], "std_error", fit.Contrasts[0].StdError, 1e-9);
    }

    private static double PTolerance(double t) => Tolerance * Math.Max(1, t * t);

    private static void Near(string caseName, string what, JsonElement e, string property, double actual, double tol)
        => Near(caseName, what, GoldenNumber.Parse(e.GetProperty(property)), actual, tol);

    private static void Near(string caseName, string what, double expected, double actual, double tol)
    {
        double err = GoldenNumber.RelativeError(expected, actual);
        Assert.True(err <= tol, $"{caseName}: {what} expected {expected:R}, got {actual:R} (relative error {err:E2} > {tol:E0})");
    }
}
