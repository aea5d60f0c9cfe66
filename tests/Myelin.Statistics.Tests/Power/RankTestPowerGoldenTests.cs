using System.Text.Json;
using Myelin.Statistics.Power;
using Myelin.Statistics.Random;
using Myelin.Statistics.Tests.Golden;

namespace Myelin.Statistics.Tests.Power;

/// <summary>
/// Simulated power of the rank tests against the same simulation run in R 4.2.2 (Golden/models-simulated-power.json):
/// same seed, same rnorm stream, same wilcox.test rules, so the number of rejections must be identical.
/// </summary>
public sealed class RankTestPowerGoldenTests
{
    [Fact]
    public void Rnorm_matches_R_draw_for_draw()
    {
        using var doc = GoldenNumber.Load("models-simulated-power.json");
        var expected = GoldenNumber.Array(doc.RootElement.GetProperty("rnorm_seed42"));
        var rng = new RRandom(42);
        foreach (double e in expected)
        {
            Assert.Equal(e, rng.NextNormal(), 1e-15);
        }
    }

    public static TheoryData<int> Cases()
    {
        using var doc = GoldenNumber.Load("models-simulated-power.json");
        var data = new TheoryData<int>();
        for (int i = 0; i < doc.RootElement.GetProperty("cases").GetArrayLength(); i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejections_match_the_same_simulation_in_R(int index)
    {
        using var doc = GoldenNumber.Load("models-simulated-power.json");
        var c = doc.RootElement.GetProperty("cases")[index];
        int seed = (int)GoldenNumber.Parse(c.GetProperty("seed")), nsim = (int)GoldenNumber.Parse(c.GetProperty("simulations"));
        var n = GoldenNumber.Array(c.GetProperty("n"));
        var result = c.GetProperty("kind").GetString() == "rank.sum"
            ? RankTestPower.RankSum(Sampler(c.GetProperty("x")), Sampler(c.GetProperty("y")), (int)n[0], (int)n[1], seed, nsim)
            : RankTestPower.SignedRank(Sampler(c.GetProperty("x")), (int)n[0], seed, nsim);

        Assert.Equal((int)GoldenNumber.Parse(c.GetProperty("rejections")), result.Rejections);
        Assert.Equal(result.Rejections / (double)nsim, result.Power);
    }

    [Fact]
    public void No_effect_gives_power_near_the_significance_level()
    {
        var r = RankTestPower.RankSum(Samplers.RoundedNormal(5, 2), Samplers.RoundedNormal(5, 2), 20, 20, seed: 9, simulations: 2000);
        Assert.InRange(r.Power, 0.05 - 4 * r.MonteCarloError, 0.05 + 4 * r.MonteCarloError);
    }

    private static Func<RRandom, double> Sampler(JsonElement s)
    {
        double P(string name) => GoldenNumber.Parse(s.GetProperty(name));
        return s.GetProperty("kind").GetString() == "normal"
            ? Samplers.Normal(P("mean"), P("sd"))
            : Samplers.RoundedNormal(P("mean"), P("sd"), P("min"), P("max"));
    }
}
