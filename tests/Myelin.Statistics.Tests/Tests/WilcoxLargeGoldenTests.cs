using System.Text;
using System.Text.Json;
using Myelin.Statistics.Tests.Golden;

namespace Myelin.Statistics.Tests.Tests;

/// <summary>
/// Golden/htests-wilcox-large.json (R 4.2.2, r/golden-wilcox-large.R): wilcox.test with conf.int at sizes whose
/// Walsh averages (n(n+1)/2) or differences (n.x·n.y) number more than 2^24, so neither R nor Myelin could list them:
/// the asymptotic Hodges–Lehmann estimate and interval come from Brent's zeroin on the standardized statistic of
/// the shifted data, re-ranked at every trial shift. The data are regenerated here from the file's formula.
/// Tolerance 1e-12 relative, as for the small cases: the statistic at each trial shift is a sum of half-integer
/// ranks and a square root of integers, bit-identical to R's, so <see cref="Numerics.Zeroin"/> walks R's own
/// iteration and stops on the same iterate. R stops at tol.root = 1e-4, so these limits are only within about
/// 1e-4 of the true roots; matching R's printed digits is the claim, not accuracy beyond uniroot's tolerance
/// (case "sr large ties inverted limits": both true limits are 1 and R, like Myelin, reports lower &gt; upper).
/// Measured: every limit, level and estimate is bit-identical to R's; p-values in the far tail (down to 1e-175)
/// differ by up to 6e-14 relative, the independent normal tail's accuracy.
/// </summary>
public sealed class WilcoxLargeGoldenTests
{
    private const double Tolerance = 1e-12;

    public static TheoryData<string> Cases()
    {
        using var doc = GoldenNumber.Load("htests-wilcox-large.json");
        return [.. doc.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
    }

    /// <summary>The file's generator: r_i = (i·a) mod p (then mod m if given), v_i = (c0 + c1·r_i)/d, i = 1..n,
    /// negated when i mod 7 ≥ 5 if signs.</summary>
    internal static double[] Generate(JsonElement g)
    {
        long n = g.GetProperty("n").GetInt64(), a = g.GetProperty("a").GetInt64(), p = g.GetProperty("p").GetInt64();
        long c0 = g.GetProperty("c0").GetInt64(), c1 = g.GetProperty("c1").GetInt64(), d = g.GetProperty("d").GetInt64();
        bool signs = g.GetProperty("signs").GetBoolean();
        long m = g.TryGetProperty("m", out var me) && me.ValueKind == JsonValueKind.Number ? me.GetInt64() : long.MaxValue;
        var v = new double[n];
        for (long i = 1; i <= n; i++)
        {
            double e = (double)(c0 + c1 * (i * a % p % m)) / d;
            v[i - 1] = signs && i % 7 >= 5 ? -e : e;
        }

        return v;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_R(string id)
    {
        using var doc = GoldenNumber.Load("htests-wilcox-large.json");
        var c = doc.RootElement.EnumerateArray().First(e => e.GetProperty("id").GetString() == id);
        var args = c.GetProperty("args");
        var alt = HtestAlternative.TwoSided;
        if (args.TryGetProperty("alternative", out var a) && !HtestAlternatives.TryParse(a.GetString(), out alt))
        {
            throw new InvalidDataException("bad alternative " + a);
        }

        double Num(string name, double dflt) => args.TryGetProperty(name, out var e) ? e.GetDouble() : dflt;
        bool? Flag(string name) => args.TryGetProperty(name, out var e) ? e.GetBoolean() : null;
        var y = c.GetProperty("y");
        var actual = WilcoxTest.Run(Generate(c.GetProperty("x")), y.ValueKind == JsonValueKind.Null ? null : Generate(y),
            new WilcoxOptions
            {
                Alternative = alt, Mu = Num("mu", 0), Paired = Flag("paired") ?? false, Exact = Flag("exact"),
                Correct = Flag("correct") ?? true, ConfInt = true, ConfLevel = Num("conf_level", 0.95),
            });

        var r = c.GetProperty("result");
        var errors = new StringBuilder();
        Assert.True(actual.Error is null, "unexpected error: " + actual.Error);
        Check(errors, "statistic name", r.GetProperty("statistic").GetProperty("name").GetString(), actual.StatisticName);
        Compare(errors, "statistic", r.GetProperty("statistic").GetProperty("value"), actual.Statistic);
        Compare(errors, "p_value", r.GetProperty("p_value"), actual.PValue);
        Assert.NotNull(actual.ConfInt);
        Compare(errors, "conf_int lower", r.GetProperty("conf_int").GetProperty("lower"), actual.ConfInt.Lower);
        Compare(errors, "conf_int upper", r.GetProperty("conf_int").GetProperty("upper"), actual.ConfInt.Upper);
        Compare(errors, "conf_int level", r.GetProperty("conf_int").GetProperty("level"), actual.ConfInt.Level);
        Assert.Single(actual.Estimates);
        Check(errors, "estimate name", r.GetProperty("estimate").GetProperty("name").GetString(), actual.Estimates[0].Name);
        Compare(errors, "estimate", r.GetProperty("estimate").GetProperty("value"), actual.Estimates[0].Value);
        Check(errors, "method", r.GetProperty("method").GetString(), actual.Method);
        Check(errors, "warnings", string.Join(" | ", r.GetProperty("warnings").EnumerateArray().Select(w => w.GetString())),
            string.Join(" | ", actual.Warnings));
        Assert.True(errors.Length == 0, errors.ToString());
    }

    private static void Compare(StringBuilder errors, string what, JsonElement expected, double actual)
    {
        double e = GoldenNumber.Parse(expected);
        double rel = GoldenNumber.RelativeError(e, actual);
        if (rel > Tolerance)
        {
            errors.AppendLine($"{what}: R {e:R}, got {actual:R} (rel {rel:E2})");
        }
    }

    private static void Check(StringBuilder errors, string what, string? expected, string? actual)
    {
        if (expected != actual)
        {
            errors.AppendLine($"{what}: R '{expected}', got '{actual}'");
        }
    }
}
