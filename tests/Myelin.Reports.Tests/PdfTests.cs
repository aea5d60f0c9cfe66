using System.Diagnostics;
using System.Text;
using Myelin.Reports.Tests.Builders;

namespace Myelin.Reports.Tests;

public sealed class PdfTests
{
    [ChromiumFact]
    public void Pdf_is_printed_from_the_html_with_its_text()
    {
        using var dir = new TempDir();

        var files = StudyReport.Write(SampleStudies.Inputs(SampleStudies.Preliminary), dir.Path, new ReportOptions { Pdf = true, PngScale = 1 });

        Assert.NotNull(files.Pdf);
        var bytes = File.ReadAllBytes(files.Pdf!);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        if (File.Exists("/usr/bin/pdftotext"))
        {
            string text = Run("/usr/bin/pdftotext", "-layout", files.Pdf!, "-");
            Assert.Contains("Caution: no control group", text, StringComparison.Ordinal);
            Assert.Contains("Primary endpoint", text, StringComparison.Ordinal);
            Assert.Contains("Methods", text, StringComparison.Ordinal);
            Assert.Matches("fell\\s+from\\s+\\d+\\.\\d\\s+to\\s+\\d+\\.\\d", text);
            // Figure text is real text in the PDF, not pixels: the flow diagram's boxes can be searched.
            Assert.Contains("Assessed for eligibility", text, StringComparison.Ordinal);
            string info = Run("/usr/bin/pdfinfo", files.Pdf!);
            int pages = int.Parse(info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(pages, 5, 60);
        }
        else
        {
            Assert.True(bytes.Length > 50_000, $"the PDF is only {bytes.Length} bytes");
            Assert.Contains("/Type /Page", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        }
    }

    private static string Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
