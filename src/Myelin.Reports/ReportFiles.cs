namespace Myelin.Reports;

/// <summary>What <see cref="StudyReport.Write"/> wrote (absolute paths).</summary>
/// <param name="Html">report.html, self-contained.</param>
/// <param name="Pdf">report.pdf; null when not asked for.</param>
/// <param name="Figures">Each figure's PNG and SVG under figures/.</param>
public sealed record ReportFiles(string Html, string? Pdf, IReadOnlyList<string> Figures);
