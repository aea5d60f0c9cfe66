using System.CommandLine;
using Myelin.Analysis;
using Myelin.Analysis.Results;
using Myelin.Domain.Protocols;

namespace Myelin.Cli.Verbs;

/// <summary>
/// <c>myelin analyze</c>: the protocol's pre-specified analysis of a stored study, or of a protocol and a long CSV,
/// written as <c>myelin.analysis/1</c> JSON (docs/analysis-json.md).
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliHost host)
    {
        var source = new AnalysisSourceOptions();
        var json = new Option<string?>("--json") { Description = "Write the results as JSON to FILE (- for standard output)", HelpName = "FILE" };
        var command = new Command("analyze", "Run the analysis the protocol pre-specifies and write the results as JSON.") { json };
        source.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            await using var analysed = await source.AnalyseAsync(parse, host, ct).ConfigureAwait(false);
            await WriteAsync(host, parse.GetValue(json), analysed.Result).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Runs the analysis; data that do not fit the protocol are bad input unless the user asked to skip them.</summary>
    public static AnalysisResult Run(Protocol protocol, Analysis.Data.AnalysisDataset dataset, bool skipInvalid)
    {
        try
        {
            return TrialAnalysis.Run(protocol, dataset, new AnalysisOptions { SkipInvalid = skipInvalid });
        }
        catch (InvalidAnalysisDataException e)
        {
            throw Explain(e);
        }
    }

    /// <summary>The usage error for rows that do not fit the protocol: each problem, then what to do.</summary>
    public static UsageException Explain(InvalidAnalysisDataException e) =>
        new(e.Problems.Select(p => p.ToString())
            .Append($"{e.Problems.Count} row(s) do not fit the protocol; fix them, or run with --skip-invalid to analyse the valid rows only."));

    private static async Task WriteAsync(CliHost host, string? target, AnalysisResult result)
    {
        if (target is null or "-")
        {
            await host.Output.WriteLineAsync(AnalysisJson.ToJson(result)).ConfigureAwait(false);
            return;
        }
        var path = host.ResolvePath(target);
        var temp = path + ".tmp";
        await using (var stream = File.Create(temp)) AnalysisJson.Write(result, stream);
        File.Move(temp, path, overwrite: true);
        await host.Output.WriteLineAsync($"Wrote the analysis to {target}.").ConfigureAwait(false);
    }
}
