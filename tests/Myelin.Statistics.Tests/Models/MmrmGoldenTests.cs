using Myelin.Statistics.Models;
using Myelin.Statistics.Tests.Golden;

namespace Myelin.Statistics.Tests.Models;

/// <summary>
/// Unstructured-covariance REML against R 4.2.2's <c>nlme::gls(chg ~ base + arm*visit, correlation = corSymm,
/// weights = varIdent, method = "REML")</c> fitted with tight control (Golden/models-mmrm.json), and against the
/// mmrm 0.3.18 anchor values that statistics.md §13 records for Satterthwaite df. Tolerance 1e-6 relative for
/// estimates, SEs and df: both sides stop an optimizer (gls: nlminb at 1e-14, mmrm: BFGS at reltol 1e-15; ours:
/// Newton to a gradient of 1e-10), and statistics.md §7 measured tight optimizers agreeing to ~1e-8 on β and
/// ~2e-8 on SE and df; gls's SEs here differ from mmrm's tight fit by 1.4e-7. The REML log-likelihood, flat at
/// the optimum, is held to 1e-9, and ours must be at least R's (we may not stop at a worse point than gls).
/// One exception, documented: in the 60-subject case gls's best fit (nlminb, then optim restarts) stops where its
/// profiled likelihood is flat to rounding, 2.3e-11 below our optimum (−300.8093533218168 vs
/// −300.80935332179365); there its intercept, strongly correlated with the uncentred baseline slope, sits 1.3e-6
/// relative from ours, so that case is held to 2e-6.
/// </summary>
public sealed class MmrmGoldenTests
{
    private const double Tolerance = 1e-6;

    public static TheoryData<int> Cases()
    {
        using var doc = GoldenNumber.Load("models-mmrm.json");
        var data = new TheoryData<int>();
        for (int i = 0; i < doc.RootElement.GetArrayLength(); i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Estimates_SEs_covariance_and_logLik_match_gls(int index)
    {
        using var doc = GoldenNumber.Load("models-mmrm.json");
        var c = doc.RootElement[index];
        string name = c.GetProperty("name").GetString()!;
        var fit = FitCase(c);

        Assert.True(fit.Converged, $"{name}: not converged after {fit.Iterations} iterations");
        double rLogLik = GoldenNumber.Parse(c.GetProperty("log_lik"));
        Near(name, "logLik", rLogLik, fit.LogLikelihood, 1e-9);
        Assert.True(fit.LogLikelihood >= rLogLik - 1e-12 * Math.Abs(rLogLik), $"{name}: our REML optimum {fit.LogLikelihood:R} is below gls's {rLogLik:R}");
        double tol = name.StartsWith("60 subjects", StringComparison.Ordinal) ? 2e-6 : Tolerance;
        var expected = c.GetProperty("coefficients").EnumerateArray().ToArray();
        Assert.Equal(expected.Select(e => e.GetProperty("name").GetString()), fit.ColumnNames);
        foreach (var e in expected)
        {
            var actual = fit.Coefficient(e.GetProperty("name").GetString()!);
            Near(name, actual.Label, GoldenNumber.Parse(e.GetProperty("estimate")), actual.Estimate, tol);
            Near(name, actual.Label + " SE", GoldenNumber.Parse(e.GetProperty("std_error")), actual.StdError, tol);
        }

        var sigma = c.GetProperty("sigma").EnumerateArray().Select(GoldenNumber.Array).ToArray();
        for (int a = 0; a < sigma.Length; a++)
        {
            for (int b = 0; b < sigma.Length; b++)
            {
                Near(name, $"Σ[{a},{b}]", sigma[a][b], fit.Covariance[a, b], 1e-5);
            }
        }
    }

    [Fact]
    public void Statistics_md_mmrm_anchor_Satterthwaite_df_and_emmeans_contrast()
    {
        using var doc = GoldenNumber.Load("models-mmrm.json");
        var fit = FitCase(doc.RootElement[0]);

        var w8 = fit.Coefficient("armactive:visitW8");
        Near("anchor", "estimate", -0.38667808203356563, w8.Estimate, Tolerance);
        Near("anchor", "SE", 0.39031643948665024, w8.StdError, Tolerance);
        Near("anchor", "df", 6.3362553171877485, w8.Df, Tolerance);
        Near("anchor", "t", -0.99067844168216479, w8.TValue, Tolerance);
        Near("anchor", "p", 0.35815389308346185, w8.PValue, Tolerance);
        Near("anchor", "logLik", -21.860362295946061, fit.LogLikelihood, 1e-9);

        var contrast = fit.Contrasts.Single(x => x.Visit == "W8");
        Assert.Equal("active - placebo W8", contrast.Label);
        Near("anchor", "contrast", -1.2200114153668999, contrast.Estimate, Tolerance);
        Near("anchor", "contrast SE", 0.4534645776275128, contrast.StdError, Tolerance);
        Near("anchor", "contrast df", 7.673604757466773, contrast.Df, Tolerance);
        Near("anchor", "contrast p", 0.028533723210873371, contrast.PValue, Tolerance);
    }

    [Fact]
    public void Duplicate_visit_within_a_subject_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Mmrm.Fit(
            [1, 2, 3, 4, 5, 6, 7, 8], ["a", "a", "b", "b", "c", "c", "d", "d"], ["W1", "W1", "W1", "W2", "W1", "W2", "W1", "W2"],
            ["p", "p", "p", "p", "t", "t", "t", "t"]));
        Assert.Contains("subject 'a' has visit 'W1' twice", ex.Message, StringComparison.Ordinal);
    }

    internal static MmrmFit FitCase(System.Text.Json.JsonElement c)
    {
        string[] Strings(string p) => c.GetProperty(p).EnumerateArray().Select(e => e.GetString()!).ToArray();
        return Mmrm.Fit(GoldenNumber.Array(c.GetProperty("chg")), Strings("id"), Strings("visit"), Strings("arm"),
            [GoldenNumber.Array(c.GetProperty("base"))], ["base"], Strings("visit_levels"), Strings("arm_levels"));
    }

    private static void Near(string caseName, string what, double expected, double actual, double tol)
    {
        double err = GoldenNumber.RelativeError(expected, actual);
        Assert.True(err <= tol, $"{caseName}: {what} expected {expected:R}, got {actual:R} (relative error {err:E2} > {tol:E0})");
    }
}
