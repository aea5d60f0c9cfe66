using System.CommandLine;
using Myelin.Analysis;
using Myelin.Analysis.Results;
using Myelin.Cli.Studies;
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
        var db = new DatabaseOptions();
        var study = new Option<string?>("--study") { Description = "A stored study's id" };
        var protocol = new Option<string?>("--protocol") { Description = "A protocol file, to analyse --data without a database", HelpName = "FILE" };
        var data = new Option<string?>("--data") { Description = "The long CSV file to analyse with --protocol", HelpName = "FILE" };
        var json = new Option<string?>("--json") { Description = "Write the results as JSON to FILE (- for standard output)", HelpName = "FILE" };
        var skip = new Option<bool>("--skip-invalid") { Description = "Analyse the valid rows only; the results list what was excluded and why" };
        var command = new Command("analyze", "Run the analysis the protocol pre-specifies and write the results as JSON.")
        { study, protocol, data, json, skip };
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            var (p, dataset, _) = await LoadAsync(host, db, parse, study, protocol, data, ct).ConfigureAwait(false);
            var result = Run(p, dataset, parse.GetValue(skip));
            await WriteAsync(host, parse.GetValue(json), result).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The protocol and dataset from --study, or from --protocol with --data.</summary>
    public static async Task<(Protocol Protocol, Analysis.Data.AnalysisDataset Data, string Sha256)> LoadAsync(CliHost host, DatabaseOptions db,
        ParseResult parse, Option<string?> study, Option<string?> protocol, Option<string?> data, CancellationToken ct)
    {
        var studyId = parse.GetValue(study);
        var protocolFile = parse.GetValue(protocol);
        var dataFile = parse.GetValue(data);
        if (studyId is not null && (protocolFile is not null || dataFile is not null))
            throw new UsageException("--study: give either --study ID, or --protocol FILE with --data FILE, not both");
        if (studyId is not null)
        {
            await using var context = await db.OpenAsync(parse, host, ct).ConfigureAwait(false);
            var s = await StudyContext.LoadAsync(context, studyId, ct).ConfigureAwait(false);
            var (set, hash) = await AnalysisInputs.FromDatabaseAsync(context, s, ct).ConfigureAwait(false);
            return (s.Protocol, set, hash);
        }
        if (protocolFile is null || dataFile is null)
            throw new UsageException("analyze: give --study ID, or --protocol FILE with --data FILE");
        var (loaded, _) = ProtocolFiles.Load(host, protocolFile);
        var (dataset, sha) = AnalysisInputs.FromCsv(host, loaded, dataFile);
        return (loaded, dataset, sha);
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
            throw new UsageException(e.Problems.Select(p => p.ToString())
                .Append($"{e.Problems.Count} row(s) do not fit the protocol; fix them, or run with --skip-invalid to analyse the valid rows only."));
        }
    }

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
