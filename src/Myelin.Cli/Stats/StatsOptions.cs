using System.CommandLine;
using System.Text.Json;

namespace Myelin.Cli.Stats;

/// <summary>The options of <c>myelin stats</c>, with R's argument names, and their translation into a request.</summary>
internal sealed class StatsOptions
{
    public Option<string?> Batch { get; } = new("--batch") { Description = "JSON-lines file of requests (- for standard input); one JSON result per line", HelpName = "FILE" };
    public Option<string?> Data { get; } = new("--data") { Description = "CSV file with a header row", HelpName = "FILE" };
    public Option<string?> X { get; } = new("--x") { Description = "Column of x (p-values for p.adjust; first factor for table tests)", HelpName = "COL" };
    public Option<string?> Y { get; } = new("--y") { Description = "Column of y (second factor for table tests)", HelpName = "COL" };
    public Option<string?> Group { get; } = new("--group") { Description = "Column of group labels (two groups for t/wilcox; any number for kruskal/friedman)", HelpName = "COL" };
    public Option<string?> Block { get; } = new("--block") { Description = "Column of block labels (friedman.test)", HelpName = "COL" };
    public Option<bool> Paired { get; } = new("--paired") { Description = "Paired test on x − y" };
    public Option<string?> Alternative { get; } = new("--alternative") { Description = "two.sided (default), less or greater" };
    public Option<double?> Mu { get; } = new("--mu") { Description = "Location (shift) under the null hypothesis; default 0" };
    public Option<string?> Exact { get; } = new("--exact") { Description = "wilcox.test: true, false or null (R's default rule)" };
    public Option<string?> Correct { get; } = new("--correct") { Description = "Continuity correction: true (default) or false" };
    public Option<bool> ConfInt { get; } = new("--conf-int") { Description = "wilcox.test: Hodges–Lehmann estimate and interval" };
    public Option<double?> ConfLevel { get; } = new("--conf-level") { Description = "Confidence level; default 0.95" };
    public Option<bool> VarEqual { get; } = new("--var-equal") { Description = "t.test: pooled variance instead of Welch" };
    public Option<string?> Rule { get; } = new("--rule") { Description = "wilcox.test: R4.2.2 (default) or exact-with-ties (R >= 4.6 / coin, Pratt zeros)" };
    public Option<string?> Method { get; } = new("--method") { Description = "p.adjust: holm, hochberg, BH, BY, bonferroni or none" };

    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { Batch, Data, X, Y, Group, Block, Paired, Alternative, Mu, Exact, Correct, ConfInt, ConfLevel, VarEqual, Rule, Method })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The JSON request equivalent to the command line.</summary>
    public JsonElement BuildRequest(ParseResult pr, string test, CliHost host)
    {
        string data = pr.GetValue(Data) ?? throw new UsageException("--data: give the CSV file whose columns --x (and --y or --group) name");
        string x = pr.GetValue(X) ?? throw new UsageException("--x: name the column to test");
        var csv = StatsCsv.Load(host.ResolvePath(data));
        var req = new Dictionary<string, object?> { ["test"] = test };
        string? y = pr.GetValue(Y), group = pr.GetValue(Group);
        if (y is not null && group is not null)
        {
            throw new UsageException("--group: give either --y or --group, not both");
        }

        switch (test)
        {
            case "fisher.test" or "chisq.test" or "mcnemar.test":
                req["table"] = CrossTable(csv.Labels("--x", x), csv.Labels("--y", y ?? throw new UsageException($"--y: {test} needs the second factor column")));
                break;
            case "p.adjust":
                req["p"] = csv.Numbers("--x", x);
                break;
            case "kruskal.test" or "friedman.test":
                req["x"] = csv.Numbers("--x", x);
                req["g"] = csv.Labels("--group", group ?? throw new UsageException($"--group: {test} needs the column of group labels"));
                if (test == "friedman.test")
                {
                    req["blocks"] = csv.Labels("--block", pr.GetValue(Block) ?? throw new UsageException("--block: friedman.test needs the column of block labels"));
                }

                break;
            default:
                if (group is not null)
                {
                    SplitByGroup(req, csv.Numbers("--x", x), csv.Labels("--group", group), group, test);
                }
                else
                {
                    req["x"] = csv.Numbers("--x", x);
                    if (y is not null)
                    {
                        req["y"] = csv.Numbers("--y", y);
                    }
                }

                break;
        }

        Copy(pr, req);
        return JsonSerializer.SerializeToElement(req);
    }

    private void Copy(ParseResult pr, Dictionary<string, object?> req)
    {
        bool Given(Option o) => pr.GetResult(o) is { Implicit: false };
        if (Given(Paired))
        {
            req["paired"] = pr.GetValue(Paired);
        }

        if (Given(Alternative))
        {
            req["alternative"] = pr.GetValue(Alternative);
        }

        if (Given(Mu))
        {
            req["mu"] = pr.GetValue(Mu);
        }

        if (Given(Exact))
        {
            req["exact"] = Tri("--exact", pr.GetValue(Exact));
        }

        if (Given(Correct))
        {
            req["correct"] = Tri("--correct", pr.GetValue(Correct)) ?? throw new UsageException("--correct: use true or false");
        }

        if (Given(ConfInt))
        {
            req["conf_int"] = pr.GetValue(ConfInt);
        }

        if (Given(ConfLevel))
        {
            req["conf_level"] = pr.GetValue(ConfLevel);
        }

        if (Given(VarEqual))
        {
            req["var_equal"] = pr.GetValue(VarEqual);
        }

        if (Given(Rule))
        {
            req["rule"] = pr.GetValue(Rule);
        }

        if (Given(Method))
        {
            req["method"] = pr.GetValue(Method);
        }
    }

    private static bool? Tri(string option, string? value) => value?.ToUpperInvariant() switch
    {
        "TRUE" or "T" => true,
        "FALSE" or "F" => false,
        "NULL" or null => null,
        _ => throw new UsageException($"{option}: '{value}' is not true, false or null"),
    };

    private static void SplitByGroup(Dictionary<string, object?> req, object[] values, string[] labels, string column, string test)
    {
        // R's formula interface: factor levels in sorted order, the first level is x.
        var levels = labels.Where(l => l is not ("" or "NA")).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (levels.Length != 2)
        {
            throw new UsageException($"--group: {test} needs exactly 2 groups, column '{column}' has {levels.Length} ({string.Join(", ", levels)})");
        }

        req["x"] = values.Where((_, i) => labels[i] == levels[0]).ToArray();
        req["y"] = values.Where((_, i) => labels[i] == levels[1]).ToArray();
    }

    private static double[][] CrossTable(string[] a, string[] b)
    {
        var ra = a.Where(v => v is not ("" or "NA")).Distinct().Order(StringComparer.Ordinal).ToList();
        var cb = b.Where(v => v is not ("" or "NA")).Distinct().Order(StringComparer.Ordinal).ToList();
        var t = ra.Select(_ => new double[cb.Count]).ToArray();
        for (int i = 0; i < a.Length; i++)
        {
            int r = ra.IndexOf(a[i]), c = cb.IndexOf(b[i]);
            if (r >= 0 && c >= 0)
            {
                t[r][c]++;
            }
        }

        return t;
    }
}
