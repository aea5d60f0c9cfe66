using System.Text.RegularExpressions;
using Myelin.Reports.Tests.Builders;

namespace Myelin.Reports.Tests;

public sealed partial class StudyReportTests
{
    private static readonly string[] Headings =
    [
        "Summary of the primary endpoint", "Participant flow", "Baseline characteristics", "Primary endpoint", "Mean score by week",
        "Individual trajectories", "Percent change by participant (waterfall)", "Per-symptom changes", "Secondary and exploratory endpoints",
        "Sensitivity analyses of the primary endpoint", "Adherence and analysis populations", "Adverse events", "Laboratory values over time",
        "Excluded data", "Methods",
    ];

    private static readonly string[] FigureNames = ["flow", "mean-by-week", "trajectories", "waterfall", "symptom-changes", "adherence", "labs"];

    [Fact]
    public void Single_arm_report_is_one_self_contained_file_with_every_section()
    {
        using var dir = new TempDir();
        var files = StudyReport.Write(SampleStudies.Inputs(SampleStudies.Preliminary), dir.Path, new ReportOptions());
        string html = File.ReadAllText(files.Html);

        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        foreach (string heading in Headings)
        {
            Assert.Contains($">{System.Net.WebUtility.HtmlEncode(heading)}</h2>", html, StringComparison.Ordinal);
        }

        Assert.Equal(FigureNames.Length, Regex.Count(html, "<svg"));
        Assert.Null(files.Pdf);
    }

    [Fact]
    public void Single_arm_report_words_the_change_unambiguously_and_cautions_that_there_is_no_control()
    {
        string html = StudyReport.RenderHtml(SampleStudies.Inputs(SampleStudies.Preliminary));

        // The simulated study reproduces the published pattern: a fall from 6-9 to 1-2 on the VAS, stated as from, to, points and percent.
        var sentence = ChangeSentence().Match(html);
        Assert.True(sentence.Success, "no 'fell from A to B (−C points, −D%)' sentence in the report");
        double from = double.Parse(sentence.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        double to = double.Parse(sentence.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(from, 6, 9.5);
        Assert.InRange(to, 0.5, 2.5);
        Assert.Contains("All participants (n = ", html, StringComparison.Ordinal);
        Assert.Contains("id=\"single-arm-caution\"", html, StringComparison.Ordinal);
        Assert.Contains("Without a control group, the change from baseline cannot be separated from placebo response, regression to the mean or background treatment", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"pilot-note\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("improved by", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Randomised_pilot_has_no_single_arm_caution_and_gives_estimates_before_tests()
    {
        string html = StudyReport.RenderHtml(SampleStudies.Inputs(SampleStudies.RctPilot, participants: 20));

        Assert.DoesNotContain("id=\"single-arm-caution\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Without a control group", html, StringComparison.Ordinal);
        Assert.Contains("id=\"pilot-note\"", html, StringComparison.Ordinal);
        Assert.Contains("Pilot trial report", html, StringComparison.Ordinal);
        int estimates = html.IndexOf("id=\"primary-estimates\"", StringComparison.Ordinal);
        int tests = html.IndexOf("id=\"primary-tests\"", StringComparison.Ordinal);
        Assert.True(estimates > 0 && tests > estimates, "the estimates must come before the hypothesis tests");
        Assert.Contains("Hypothesis tests (exploratory", html, StringComparison.Ordinal);
        Assert.Contains("Adjusted for baseline (ANCOVA)", html, StringComparison.Ordinal);
        Assert.Contains("Allocated to Identical placebo twice daily", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Excluded_rows_are_listed_with_line_and_reason()
    {
        var inputs = SampleStudies.Inputs(SampleStudies.Preliminary, editRows: rows =>
        {
            var bad = rows[^1] with { Event = "diary-w99", Line = 9001 };
            return [.. rows, bad];
        });

        string html = StudyReport.RenderHtml(inputs);

        Assert.Contains("id=\"exclusion-note\"", html, StringComparison.Ordinal);
        Assert.Contains(">9001</th>", html, StringComparison.Ordinal);
        Assert.Contains("&#39;diary-w99&#39; is not an event", html, StringComparison.Ordinal);
        Assert.Contains("row excluded", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_figure_is_written_as_png_and_svg_with_content()
    {
        using var dir = new TempDir();
        var files = StudyReport.Write(SampleStudies.Inputs(SampleStudies.Preliminary), dir.Path, new ReportOptions { PngScale = 1 });

        foreach (string name in FigureNames)
        {
            string png = Path.Combine(dir.Path, "figures", name + ".png");
            string svg = Path.Combine(dir.Path, "figures", name + ".svg");
            Assert.Contains(png, files.Figures);
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 8000, $"{name}.png is only {bytes.Length} bytes");
            Assert.Equal([0x89, 0x50, 0x4E, 0x47], bytes[..4]);
            string text = File.ReadAllText(svg);
            Assert.Contains("<svg", text, StringComparison.Ordinal);
            Assert.Contains("<text", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Asking_for_a_pdf_without_chromium_fails_clearly_after_writing_the_html()
    {
        using var dir = new TempDir();
        var options = new ReportOptions { Pdf = true, ChromiumPath = Path.Combine(dir.Path, "no-chromium-here") };

        var error = Assert.Throws<Pdf.ChromiumNotFoundException>(() => StudyReport.Write(SampleStudies.Inputs(SampleStudies.Preliminary), dir.Path, options));

        Assert.Contains("apt-get install -y chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains("no-chromium-here", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "report.html")));
    }

    [GeneratedRegex("(?:src|href)\\s*=\\s*\"(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("fell from (\\d+\\.\\d) to (\\d+\\.\\d) \\(\u2212\\d+\\.\\d points, \u2212\\d+%\\)")]
    private static partial Regex ChangeSentence();
}
