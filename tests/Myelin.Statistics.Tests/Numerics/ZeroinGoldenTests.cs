using Myelin.Statistics.Distributions;
using Myelin.Statistics.Numerics;
using Myelin.Statistics.Tests.Golden;

namespace Myelin.Statistics.Tests.Numerics;

/// <summary>
/// Brent's zeroin against R's uniroot (Golden/htests-uniroot.json): the same iteration lands on R's own
/// tolerance-limited digits (1e-13 relative; the pt case allows for pt's last-digit differences) in the same
/// number of steps.
/// </summary>
public sealed class ZeroinGoldenTests
{
    private static readonly Dictionary<string, Func<double, double>> Functions = new()
    {
        ["sqrt2"] = x => x * x - 2,
        ["sqrt2 tight"] = x => x * x - 2,
        ["cos"] = x => Math.Cos(x) - x,
        ["exp"] = x => Math.Exp(x) - 5,
        ["cubic"] = x => (x - 1.3) * (x - 1.3) * (x - 1.3),
        ["pt"] = x => StudentT.Cdf(x, 7) - 0.975,
    };

    [Theory]
    [InlineData("sqrt2")]
    [InlineData("sqrt2 tight")]
    [InlineData("cos")]
    [InlineData("exp")]
    [InlineData("cubic")]
    [InlineData("pt")]
    public void Root_and_iterations_match_R_uniroot(string id)
    {
        using var doc = GoldenNumber.Load("htests-uniroot.json");
        var c = doc.RootElement.EnumerateArray().First(e => e.GetProperty("id").GetString() == id);
        var f = Functions[id];
        double lo = GoldenNumber.Parse(c.GetProperty("lower")), hi = GoldenNumber.Parse(c.GetProperty("upper"));
        var (root, iterations) = Zeroin.Find(f, lo, hi, f(lo), f(hi), GoldenNumber.Parse(c.GetProperty("tol")));
        double expected = GoldenNumber.Parse(c.GetProperty("root"));
        Assert.True(GoldenNumber.RelativeError(expected, root) <= 1e-13, $"R {expected:R}, got {root:R}");
        Assert.Equal(c.GetProperty("iter").GetInt32(), iterations);
    }
}
