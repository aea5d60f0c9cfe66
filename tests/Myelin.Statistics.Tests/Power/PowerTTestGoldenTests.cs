using System.Text.Json;
using Myelin.Statistics.Power;
using Myelin.Statistics.Tests.Golden;

namespace Myelin.Statistics.Tests.Power;

/// <summary>
/// <c>power.t.test</c> against R 4.2.2 (Golden/models-power.json). Computed power is a noncentral-t tail and is
/// held to 1e-12 relative plus 5e-13 absolute, AS 243's own accuracy (see NoncentralTGoldenTests; the
/// one-sided power 3.9e-6 for a negative δ is formed as 1 − tnc on both sides). Solved values are uniroot results (tol 1.22e-4): we run the same bracket widening and
/// the same zeroin steps, so they agree far below R's tolerance; they are held to 1e-10 relative, the size of
/// the shift that the ≈1e-13 absolute differences between R's pnt and ours (AS 243) can cause in zeroin's last
/// interpolation step.
/// </summary>
public sealed class PowerTTestGoldenTests
{
    public static TheoryData<int> Cases()
    {
        using var doc = GoldenNumber.Load("models-power.json");
        var data = new TheoryData<int>();
        for (int i = 0; i < doc.RootElement.GetArrayLength(); i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_power_t_test(int index)
    {
        using var doc = GoldenNumber.Load("models-power.json");
        var c = doc.RootElement[index];
        var args = c.GetProperty("args");
        double? Arg(string name, double? fallback)
            => args.TryGetProperty(name, out var e) ? (e.ValueKind == JsonValueKind.Null ? null : GoldenNumber.Parse(e)) : fallback;
        string Text(string name, string fallback) => args.TryGetProperty(name, out var e) ? e.GetString()! : fallback;

        var design = Text("type", "two.sample") switch
        {
            "paired" => TTestDesign.Paired,
            "one.sample" => TTestDesign.OneSample,
            _ => TTestDesign.TwoSample,
        };
        var sided = Text("alternative", "two.sided") == "one.sided" ? PowerSidedness.OneSided : PowerSidedness.TwoSided;
        bool strict = args.TryGetProperty("strict", out var st) && st.GetBoolean();
        double? n = Arg("n", null), delta = Arg("delta", null), sd = Arg("sd", 1), sig = Arg("sig.level", 0.05), power = Arg("power", null);

        var r = PowerTTest.Solve(n, delta, sd, sig, power, design, sided, strict);

        string what = args.ToString();
        Near(what, "n", c, "n", r.N, n is null ? 1e-10 : 0);
        Near(what, "delta", c, "delta", r.Delta, delta is null ? 1e-10 : 0);
        Near(what, "sd", c, "sd", r.Sd, sd is null ? 1e-10 : 0);
        Near(what, "sig.level", c, "sig_level", r.SigLevel, sig is null ? 1e-10 : 0);
        double expectedPower = GoldenNumber.Parse(c.GetProperty("power"));
        Assert.True(Math.Abs(expectedPower - r.Power) <= 1e-12 * expectedPower + 5e-13, $"{what}: power expected {expectedPower:R}, got {r.Power:R}");
        Assert.Equal(c.GetProperty("method").GetString(), r.Method);
        Assert.Equal(c.GetProperty("note").GetString(), r.Note);
    }

    [Fact]
    public void Exactly_one_unknown_is_required_with_R_message()
    {
        var ex = Assert.Throws<ArgumentException>(() => PowerTTest.Solve(n: 20, delta: 1, power: 0.9));
        Assert.Equal("exactly one of 'n', 'delta', 'sd', 'power', and 'sig.level' must be NULL", ex.Message);
    }

    [Fact]
    public void Power_outside_unit_interval_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => PowerTTest.Solve(delta: 1, power: 1.2));
        Assert.StartsWith("'power' must be numeric in [0, 1]", ex.Message, StringComparison.Ordinal);
    }

    private static void Near(string caseName, string what, JsonElement c, string property, double actual, double tol)
    {
        double expected = GoldenNumber.Parse(c.GetProperty(property));
        double err = GoldenNumber.RelativeError(expected, actual);
        Assert.True(err <= tol, $"{caseName}: {what} expected {expected:R}, got {actual:R} (relative error {err:E2} > {tol:E0})");
    }
}
