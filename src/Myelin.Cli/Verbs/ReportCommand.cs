using System.CommandLine;
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
        var source = new AnalysisSourceOptions();
        var output = new Option<string>("--out") { Description = "The folder to write report.html, report.pdf and figures/ into", Required = true, HelpName = "DIR" };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Skip the PDF (it needs Debian's chromium)" };
        var command = new Command("report", "Write the study report: HTML, PDF and figures.") { output, noPdf };
        source.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            await using var analysed = await source.AnalyseAsync(parse, host, ct).ConfigureAwait(false);
            var inputs = await analysed.ReportInputsAsync(ct).ConfigureAwait(false);
            var files = Write(host, inputs, host.ResolvePath(parse.GetValue(output)!), pdf: !parse.GetValue(noPdf));
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
