namespace Myelin.Reports;

/// <summary>Options of <see cref="StudyReport.Write"/>.</summary>
public sealed record ReportOptions
{
    /// <summary>Also print report.pdf with headless Chromium; default false.</summary>
    public bool Pdf { get; init; }

    /// <summary>The Chromium executable; default <c>/usr/bin/chromium</c> (Debian's <c>chromium</c> package).</summary>
    public string ChromiumPath { get; init; } = "/usr/bin/chromium";

    /// <summary>How long Chromium may take to print; default 120 seconds.</summary>
    public TimeSpan PdfTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Report as a pilot trial (CONSORT extension for pilot and feasibility trials: estimates with CIs first,
    /// hypothesis tests after and labelled exploratory). Null (default): a pilot when the title says "pilot" or "feasibility".
    /// </summary>
    public bool? Pilot { get; init; }

    /// <summary>Grouping of the per-group figures: <c>arm</c>, <c>stratum</c>, <c>etiology</c> or <c>all</c>; null (default) for arms when randomised, else strata.</summary>
    public string? GroupBy { get; init; }

    /// <summary>When the report was written, printed in its header; null (default) prints none, so the same inputs give the same bytes.</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>
    /// PNG pixels per SVG pixel; default 1 (760 px wide). The HTML and PDF use the vector SVG, so the PNG files are for
    /// slides and quick viewing; 2 doubles their sharpness at about four times the drawing time.
    /// </summary>
    public float PngScale { get; init; } = 1;

    /// <summary>Checks the options; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public void Validate()
    {
        if (PdfTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(PdfTimeout), PdfTimeout, "the PDF timeout must be positive");
        }

        if (!(PngScale is > 0 and <= 8))
        {
            throw new ArgumentOutOfRangeException(nameof(PngScale), PngScale, "the PNG scale must lie in (0, 8]");
        }

        if (GroupBy is not (null or "arm" or "stratum" or "etiology" or "all"))
        {
            throw new ArgumentException($"GroupBy '{GroupBy}' is not a grouping; use arm, stratum, etiology or all", nameof(GroupBy));
        }

        if (Pdf && string.IsNullOrWhiteSpace(ChromiumPath))
        {
            throw new ArgumentException("ChromiumPath is empty but a PDF was asked for", nameof(ChromiumPath));
        }
    }
}
