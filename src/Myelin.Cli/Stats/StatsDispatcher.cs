using System.Text.Json;
using Myelin.Statistics;
using Myelin.Statistics.Models;
using Myelin.Statistics.Power;
using Myelin.Statistics.Tests;

namespace Myelin.Cli.Stats;

/// <summary>
/// Runs one request by its R test name and returns the result object (an <see cref="HtestResult"/>, adjusted
/// p-values, a power calculation or an ANCOVA fit). Bad arguments come back as an error result naming the argument.
/// </summary>
internal static class StatsDispatcher
{
    private static readonly string[] TTestArgs = ["x", "y", "alternative", "mu", "paired", "var_equal", "conf_level"];
    private static readonly string[] WilcoxArgs = ["x", "y", "alternative", "mu", "paired", "exact", "correct", "conf_int", "conf_level", "tol_root", "rule"];
    private static readonly string[] FisherArgs = ["table", "alternative", "conf_level", "conf_int", "or"];
    private static readonly string[] TableArgs = ["table", "correct"];
    private static readonly string[] ChisqArgs = ["table", "x", "p", "correct"];
    private static readonly string[] PropArgs = ["x", "n", "p", "alternative", "conf_level", "correct"];
    private static readonly string[] KruskalArgs = ["x", "g"];
    private static readonly string[] FriedmanArgs = ["x", "g", "blocks", "table"];
    private static readonly string[] PAdjustArgs = ["p", "method", "n"];
    private static readonly string[] PowerArgs = ["n", "delta", "sd", "sig_level", "power", "type", "alternative", "strict", "tol"];

    /// <summary>The tests a request may name.</summary>
    public static readonly string[] Tests = ["t.test", "wilcox.test", "friedman.test", "kruskal.test", "fisher.test",
        "chisq.test", "mcnemar.test", "prop.test", "p.adjust", "power.t.test", "lm"];

    public static object Run(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return HtestResult.Failed("a request must be a JSON object such as {\"test\": \"t.test\", \"x\": [1, 2, 3]}");
        }

        try
        {
            return Dispatch(new StatsRequest(root));
        }
        catch (StatsArgumentException e)
        {
            return HtestResult.Failed(e.Message);
        }
        catch (ArgumentException e)
        {
            return HtestResult.Failed(e.Message);
        }
    }

    /// <summary>Runs a request; bad arguments throw <see cref="StatsArgumentException"/>.</summary>
    public static object Dispatch(StatsRequest r)
    {
        switch (r.Test)
        {
            case "t.test":
                r.AllowOnly(TTestArgs);
                return TTest.Run(r.Numbers("x"), r.OptionalNumbers("y"), new TTestOptions
                {
                    Alternative = r.Alternative(), Mu = r.Number("mu", 0), Paired = r.Flag("paired", false),
                    VarEqual = r.Flag("var_equal", false), ConfLevel = r.Number("conf_level", 0.95),
                });
            case "wilcox.test":
                r.AllowOnly(WilcoxArgs);
                return WilcoxTest.Run(r.Numbers("x"), r.OptionalNumbers("y"), new WilcoxOptions
                {
                    Alternative = r.Alternative(), Mu = r.Number("mu", 0), Paired = r.Flag("paired", false),
                    Exact = r.OptionalFlag("exact"), Correct = r.Flag("correct", true), ConfInt = r.Flag("conf_int", false),
                    ConfLevel = r.Number("conf_level", 0.95), TolRoot = r.Number("tol_root", 1e-4),
                    Rule = r.Text("rule", "R4.2.2") switch
                    {
                        "R4.2.2" => WilcoxRule.R422,
                        "exact-with-ties" => WilcoxRule.ExactWithTies,
                        var t => throw new StatsArgumentException($"'rule' should be \"R4.2.2\" (default) or \"exact-with-ties\" (R >= 4.6 / coin), not \"{t}\""),
                    },
                });
            case "fisher.test":
                r.AllowOnly(FisherArgs);
                return FisherTest.Run(r.Table(), r.Alternative(), r.Number("conf_level", 0.95), r.Flag("conf_int", true), r.Number("or", 1));
            case "chisq.test":
                r.AllowOnly(ChisqArgs);
                return r.Has("table") ? ChisqTest.Run(r.Table(), r.Flag("correct", true))
                    : ChisqTest.GoodnessOfFit(r.Numbers("x"), r.OptionalNumbers("p"));
            case "mcnemar.test":
                r.AllowOnly(TableArgs);
                return McNemarTest.Run(r.Table(), r.Flag("correct", true));
            case "prop.test":
                r.AllowOnly(PropArgs);
                return PropTest.Run(r.Numbers("x"), r.Numbers("n"), r.OptionalNumbers("p"), r.Alternative(),
                    r.Number("conf_level", 0.95), r.Flag("correct", true));
            case "kruskal.test":
                r.AllowOnly(KruskalArgs);
                return KruskalTest.Run(r.Numbers("x"), r.Strings("g"));
            case "friedman.test":
                r.AllowOnly(FriedmanArgs);
                return r.Has("table") ? FriedmanTest.Run(r.Table())
                    : FriedmanTest.Run(r.Numbers("x"), r.Strings("g"), r.Strings("blocks"));
            case "p.adjust":
                return PAdjustRequest(r);
            case "power.t.test":
                return PowerRequest(r);
            case "lm":
                return StatsLinearModel.Fit(r);
            default:
                throw new StatsArgumentException($"unknown test '{r.Test}'; known: {string.Join(", ", Tests)}");
        }
    }

    private static double[] PAdjustRequest(StatsRequest r)
    {
        r.AllowOnly(PAdjustArgs);
        string name = r.Text("method", "holm");
        if (!PAdjust.TryParse(name, out var method))
        {
            throw new StatsArgumentException($"'method' should be one of \"holm\", \"hochberg\", \"BH\", \"fdr\", \"BY\", \"bonferroni\", \"none\", not \"{name}\"");
        }

        double[] p = r.Numbers("p");
        double? n = r.OptionalNumber("n");
        int lp = p.Count(v => !double.IsNaN(v));
        if (n is double nv && !(nv >= lp && nv == Math.Floor(nv)))
        {
            throw new StatsArgumentException($"'n' must be a whole number of at least {lp} (the non-NA p-values)");
        }

        return PAdjust.Adjust(p, method, n is double m ? (int)m : null);
    }

    private static PowerTTestResult PowerRequest(StatsRequest r)
    {
        r.AllowOnly(PowerArgs);
        var design = r.Text("type", "two.sample") switch
        {
            "two.sample" => TTestDesign.TwoSample,
            "one.sample" => TTestDesign.OneSample,
            "paired" => TTestDesign.Paired,
            var t => throw new StatsArgumentException($"'type' should be one of \"two.sample\", \"one.sample\", \"paired\", not \"{t}\""),
        };
        var sides = r.Text("alternative", "two.sided") switch
        {
            "two.sided" => PowerSidedness.TwoSided,
            "one.sided" => PowerSidedness.OneSided,
            var t => throw new StatsArgumentException($"'alternative' should be one of \"two.sided\", \"one.sided\", not \"{t}\""),
        };
        // R's defaults sd = 1 and sig.level = 0.05 apply unless the key is present (null asks to solve for it).
        double? Param(string key, double? fallback) => r.Root.TryGetProperty(key, out var e)
            ? (e.ValueKind == JsonValueKind.Null ? null : r.OptionalNumber(key))
            : fallback;
        return PowerTTest.Solve(Param("n", null), Param("delta", null), Param("sd", 1), Param("sig_level", 0.05),
            Param("power", null), design, sides, r.Flag("strict", false), r.Number("tol", PowerTTest.DefaultTolerance));
    }
}
