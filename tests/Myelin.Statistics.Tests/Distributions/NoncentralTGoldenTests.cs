using Myelin.Statistics.Distributions;
using Myelin.Statistics.Tests.Golden;

namespace Myelin.Statistics.Tests.Distributions;

/// <summary>
/// <c>pt(q, df, ncp)</c> (both tails) against R 4.2.2 on a grid of 448 points (Golden/models-noncentral-t.json).
/// Tolerance: 1e-12 relative plus 5e-13 absolute. AS 243 guarantees an absolute error below errmax = 1e-12 (its
/// stopping rule), not a relative one: tails formed as 1 − tnc, and the long series at df = 1000, carry absolute
/// errors of about 1e-13 on both sides. R sums in long double, we in double, so the rounding differs. A 40-digit
/// integration (mpmath) put R and us both within 2e-13 of the true value at df = 1000 (e.g. pt(8, 1000, 10):
/// truth 0.024381072783572, R …549642, ours …388875).
/// </summary>
public sealed class NoncentralTGoldenTests
{
    [Fact]
    public void Cdf_matches_R_pt_with_ncp_in_both_tails()
    {
        using var doc = GoldenNumber.Load("models-noncentral-t.json");
        var failures = new List<string>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            double q = GoldenNumber.Parse(c.GetProperty("q")), df = GoldenNumber.Parse(c.GetProperty("df"));
            double ncp = GoldenNumber.Parse(c.GetProperty("ncp"));
            Check(failures, $"pt({q}, {df}, {ncp})", GoldenNumber.Parse(c.GetProperty("lower")), NoncentralT.Cdf(q, df, ncp));
            Check(failures, $"pt({q}, {df}, {ncp}, lower=FALSE)", GoldenNumber.Parse(c.GetProperty("upper")),
                NoncentralT.Cdf(q, df, ncp, lowerTail: false));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)) + $"\n({failures.Count} failures)");
    }

    [Theory]
    [InlineData(0.025, 10, 2.5)]
    [InlineData(0.5, 3.5, -1)]
    [InlineData(0.999, 30, 5)]
    [InlineData(1e-6, 8, 0.5)]
    public void Quantile_inverts_the_cdf(double p, double df, double ncp)
    {
        double x = NoncentralT.Quantile(p, df, ncp);
        Assert.Equal(p, NoncentralT.Cdf(x, df, ncp), 1e-13 * Math.Max(1, 1 / p) * p + 1e-16);
        double xu = NoncentralT.Quantile(p, df, ncp, lowerTail: false);
        Assert.Equal(p, NoncentralT.Cdf(xu, df, ncp, lowerTail: false), 1e-12);
    }

    private static void Check(List<string> failures, string what, double expected, double actual)
    {
        if (!(Math.Abs(expected - actual) <= 1e-12 * Math.Abs(expected) + 5e-13))
        {
            failures.Add($"{what}: R {expected:R}, ours {actual:R}, rel {GoldenNumber.RelativeError(expected, actual):E2}");
        }
    }
}
