using System.CommandLine;
using Myelin.Cli.Studies;
using Myelin.Reports;

namespace Myelin.Cli.Verbs;

/// <summary>
/// <c>myelin report</c>: the study report (one self-contained HTML file, its PDF through headless Chromium, and every
/// figure as PNG and SVG) from a stored study, or from a protocol and a long CSV.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliHost host)
    {
        var db = new DatabaseOptions();
        var study = new Option<string?>("--study") { Description = "A stored study's id" };
        var protocol = new Option<string?>("--protocol") { Description = "A protocol file, to report on --data without a database", HelpName = "FILE" };
        var data = new Option<string?>("--data") { Description = "The long CSV file to report on with --protocol", HelpName = "FILE" };
        var output = new Option<string>("--out") { Description = "The folder to write report.html, report.pdf and figures/ into", Required = true, HelpName = "DIR" };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Skip the PDF (it needs Debian's chromium)" };
        var skip = new Option<bool>("--skip-invalid") { Description = "Analyse the valid rows only; the report lists what was excluded and why" };
        var command = new Command("report", "Write the study report: HTML, PDF and figures.") { study, protocol, data, output, noPdf, skip };
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            var outDir = host.ResolvePath(parse.GetValue(output)!);
            var pdf = !parse.GetValue(noPdf);
            ReportInputs inputs;
            if (parse.GetValue(study) is { } studyId)
            {
                if (parse.GetValue(protocol) is not null || parse.GetValue(data) is not null)
                    throw new UsageException("--study: give either --study ID, or --protocol FILE with --data FILE, not both");
                await using var context = await db.OpenAsync(parse, host, ct).ConfigureAwait(false);
                var s = await StudyContext.LoadAsync(context, studyId, ct).ConfigureAwait(false);
                var (set, sha) = await AnalysisInputs.FromDatabaseAsync(context, s, ct).ConfigureAwait(false);
                var analysis = AnalyzeCommand.Run(s.Protocol, set, parse.GetValue(skip));
                inputs = await ReportBuilder.FromDatabaseAsync(context, s, analysis, set, sha, ct).ConfigureAwait(false);
            }
            else
            {
                var (p, yaml) = ProtocolFiles.Load(host, parse.GetValue(protocol) ?? throw new UsageException("report: give --study ID, or --protocol FILE with --data FILE"));
                var file = parse.GetValue(data) ?? throw new UsageException("--data: the long CSV to report on is required with --protocol");
                var (set, sha) = AnalysisInputs.FromCsv(host, p, file);
                var analysis = AnalyzeCommand.Run(p, set, parse.GetValue(skip));
                inputs = ReportBuilder.FromCsv(p, yaml, analysis, set, file, sha);
            }
            var files = Write(host, inputs, outDir, pdf);
            await PrintAsync(host, files).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static ReportFiles Write(CliHost host, ReportInputs inputs, string outDir, bool pdf)
    {
        try
        {
            return StudyReport.Write(inputs, outDir, new ReportOptions { Pdf = pdf, GeneratedAt = host.Clock.GetUtcNow() });
        }
        catch (Reports.Pdf.ChromiumNotFoundException e)
        {
            throw new UsageException($"report: {e.Message}{(pdf ? " (use --no-pdf to write the HTML and figures only)" : "")}", e);
        }
    }

    public static async Task PrintAsync(CliHost host, ReportFiles files)
    {
        await host.Output.WriteLineAsync($"Report: {files.Html}").ConfigureAwait(false);
        if (files.Pdf is not null) await host.Output.WriteLineAsync($"PDF:    {files.Pdf}").ConfigureAwait(false);
        await host.Output.WriteLineAsync($"Figures: {files.Figures.Count} files in {Path.GetDirectoryName(files.Figures.Count > 0 ? files.Figures[0] : files.Html)}").ConfigureAwait(false);
    }
}
