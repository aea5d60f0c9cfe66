using System.Text.Json;
using Myelin.Statistics.Tests.Golden;
using Myelin.Statistics.Tests;

namespace Myelin.Statistics.Tests.Tests;

/// <summary>Turns a golden request (the batch format, numbers as strings) into the library call.</summary>
internal static class GoldenRequest
{
    public static double[][] Table(JsonElement r)
        => r.GetProperty("table").EnumerateArray().Select(GoldenNumber.Array).ToArray();

    public static string[] Strings(JsonElement r, string name)
        => r.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static HtestResult Run(JsonElement r)
    {
        string test = r.GetProperty("test").GetString()!;
        double[] Arr(string name) => GoldenNumber.Array(r.GetProperty(name));
        double[]? Opt(string name) => r.TryGetProperty(name, out var e) && e.ValueKind != JsonValueKind.Null ? GoldenNumber.Array(e) : null;
        bool Flag(string name, bool dflt) => r.TryGetProperty(name, out var e) && e.ValueKind is JsonValueKind.True or JsonValueKind.False ? e.GetBoolean() : dflt;
        bool? NFlag(string name) => r.TryGetProperty(name, out var e) && e.ValueKind is JsonValueKind.True or JsonValueKind.False ? e.GetBoolean() : null;
        double Num(string name, double dflt) => r.TryGetProperty(name, out var e) ? GoldenNumber.Parse(e) : dflt;
        var alt = HtestAlternative.TwoSided;
        if (r.TryGetProperty("alternative", out var a) && !HtestAlternatives.TryParse(a.GetString(), out alt))
        {
            throw new InvalidDataException("bad alternative " + a);
        }

        return test switch
        {
            "t.test" => TTest.Run(Arr("x"), Opt("y"), new TTestOptions
            {
                Alternative = alt, Mu = Num("mu", 0), Paired = Flag("paired", false), VarEqual = Flag("var_equal", false),
                ConfLevel = Num("conf_level", 0.95),
            }),
            "wilcox.test" => WilcoxTest.Run(Arr("x"), Opt("y"), new WilcoxOptions
            {
                Alternative = alt, Mu = Num("mu", 0), Paired = Flag("paired", false), Exact = NFlag("exact"),
                Correct = Flag("correct", true), ConfInt = Flag("conf_int", false), ConfLevel = Num("conf_level", 0.95),
                Rule = r.TryGetProperty("rule", out var rule) && rule.GetString() == "exact-with-ties" ? WilcoxRule.ExactWithTies : WilcoxRule.R422,
            }),
            "fisher.test" => FisherTest.Run(Table(r), alt, Num("conf_level", 0.95), true, Num("or", 1)),
            "chisq.test" => r.TryGetProperty("table", out _) ? ChisqTest.Run(Table(r), Flag("correct", true))
                : ChisqTest.GoodnessOfFit(Arr("x"), Opt("p")),
            "mcnemar.test" => McNemarTest.Run(Table(r), Flag("correct", true)),
            "prop.test" => PropTest.Run(Arr("x"), Arr("n"), Opt("p"), alt, Num("conf_level", 0.95), Flag("correct", true)),
            "kruskal.test" => KruskalTest.Run(Arr("x"), Strings(r, "g")),
            "friedman.test" => r.TryGetProperty("table", out _) ? FriedmanTest.Run(Table(r))
                : FriedmanTest.Run(Arr("x"), Strings(r, "g"), Strings(r, "blocks")),
            _ => throw new NotSupportedException(test),
        };
    }
}
