using System.Net;
using Myelin.Reports.Html;
using Myelin.Reports.Html.Sections;
using Myelin.Reports.Pdf;

namespace Myelin.Reports;

/// <summary>
/// Writes the study report: one self-contained report.html (inline SVG figures and CSS, no external assets, a print
/// stylesheet), each figure as figures/NAME.png and .svg, and optionally report.pdf printed from the HTML by headless
/// Chromium. Sections follow CONSORT 2010 (and its pilot extension for pilots): flow, baseline, the primary endpoint
/// with estimates before tests, the time course, per-symptom changes, adherence, harms and labs, excluded data, methods.
/// </summary>
public static class StudyReport
{
    /// <summary>Writes report.html, figures/ and (when <see cref="ReportOptions.Pdf"/>) report.pdf into <paramref name="outDir"/>, creating it.</summary>
    /// <exception cref="ArgumentException">The inputs disagree (analysis of another study, no primary result) or an option is bad.</exception>
    /// <exception cref="ChromiumNotFoundException">A PDF was asked for and Chromium is missing; the HTML and figures are written first.</exception>
    public static ReportFiles Write(ReportInputs inputs, string outDir, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        options ??= new ReportOptions();
        options.Validate();
        var (html, figures, pngs) = Render(inputs, options, withPng: true);
        string dir = Path.GetFullPath(outDir);
        string figuresDir = Path.Combine(dir, "figures");
        Directory.CreateDirectory(figuresDir);
        string htmlPath = Path.Combine(dir, "report.html");
        File.WriteAllText(htmlPath, html);
        var files = new List<string>(figures.Count * 2);
        for (int i = 0; i < figures.Count; i++)
        {
            var (figure, svg) = figures[i];
            files.Add(Path.Combine(figuresDir, figure.Name + ".png"));
            files.Add(Path.Combine(figuresDir, figure.Name + ".svg"));
            File.WriteAllBytes(files[^2], pngs![i]);
            File.WriteAllText(files[^1], "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg);
        }
        string? pdfPath = null;
        if (options.Pdf)
        {
            pdfPath = Path.Combine(dir, "report.pdf");
            ChromiumPdf.Print(htmlPath, pdfPath, options.ChromiumPath, options.PdfTimeout);
        }

        return new ReportFiles(htmlPath, pdfPath, files);
    }

    /// <summary>The report as one self-contained HTML document (for serving it without writing files).</summary>
    public static string RenderHtml(ReportInputs inputs, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= new ReportOptions();
        options.Validate();
        return Render(inputs, options, withPng: false).Html;
    }

    private static (string Html, IReadOnlyList<(Charts.Figure Figure, string Svg)> Figures, byte[][]? Pngs) Render(ReportInputs inputs, ReportOptions options, bool withPng)
    {
        var ctx = new ReportContext(inputs, options);
        var contents = new List<(string Id, string Title)>
        {
            (SummarySection.Id, "Summary"), (FlowSection.Id, "Participant flow"), (BaselineSection.Id, "Baseline characteristics"),
            (PrimarySection.Id, "Primary endpoint"), (CourseSection.MeanId, "Mean score by week"), (CourseSection.TrajectoriesId, "Individual trajectories"),
            (CourseSection.WaterfallId, "Waterfall of percent change"), (SymptomSection.Id, "Per-symptom changes"), (OtherEndpointsSection.Id, "Secondary endpoints"),
            (OtherEndpointsSection.SensitivityId, "Sensitivity analyses"), (AdherenceSection.Id, "Adherence and populations"), (SafetySection.AeId, "Adverse events"),
            (SafetySection.LabsId, "Laboratory values"), (ExclusionsSection.Id, "Excluded data"), (MethodsSection.Id, "Methods"),
        };
        var body = new HtmlWriter();
        HeaderSection.Write(body, ctx, contents);
        SummarySection.Write(body, ctx);
        FlowSection.Write(body, ctx);
        BaselineSection.Write(body, ctx);
        PrimarySection.Write(body, ctx);
        CourseSection.Write(body, ctx);
        SymptomSection.Write(body, ctx);
        OtherEndpointsSection.Write(body, ctx);
        AdherenceSection.Write(body, ctx);
        SafetySection.Write(body, ctx);
        ExclusionsSection.Write(body, ctx);
        MethodsSection.Write(body, ctx);
        body.Raw("<footer>").Text($"Written by {inputs.SoftwareVersion ?? "Myelin"} from protocol {ctx.Protocol.Study.Id} version {ctx.Protocol.Study.ProtocolVersion}. "
            + "This file is self-contained: it needs no network and prints on A4.").Raw("</footer>\n");
        // Drawing the figures is most of the work: figures are drawn in parallel, but one figure's plot is not
        // thread-safe, so its SVG and PNG are drawn one after the other.
        var figures = ctx.Figures;
        var svgs = new string[figures.Count];
        byte[][]? pngs = withPng ? new byte[figures.Count][] : null;
        Parallel.For(0, figures.Count, i =>
        {
            svgs[i] = figures[i].ToSvg();
            if (pngs is not null)
            {
                pngs[i] = figures[i].ToPng(options.PngScale);
            }
        });
        string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + $"<title>{WebUtility.HtmlEncode(ctx.Protocol.Study.Title)}</title>\n<style>\n{Stylesheet.Css}\n</style>\n</head>\n<body>\n{body}</body>\n</html>\n";
        return (HtmlWriter.PlaceFigures(html, figures, svgs), figures.Select((f, i) => (f, svgs[i])).ToList(), pngs);
    }
}
