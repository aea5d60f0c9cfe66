using Myelin.Cli.Studies;
using Myelin.Data;

namespace Myelin.Cli.Tests.Verbs;

public class DemoCommandTests
{
    [Fact]
    public async Task The_demo_reproduces_the_published_figures_per_severity_group()
    {
        using var cli = new CliRun();
        var output = await cli.OkAsync("demo", "--db", "demo.db", "--out", "report", "--no-pdf");

        Assert.Contains("23 of 30 in the Vitamin B12 deficiency", output, StringComparison.Ordinal);
        Assert.Contains("fell from", output, StringComparison.Ordinal);
        await using var db = MyelinDatabase.CreateContext(DatabaseTarget.Sqlite(cli.PathOf("demo.db")), cli.Clock);
        var study = await StudyContext.LoadAsync(db, "k2-7-preliminary", CancellationToken.None);
        var groups = (await GroupSummary.ForPrimaryEndpointAsync(db, study, CancellationToken.None)).ToDictionary(g => g.Group);

        // Kulkarni et al.: baseline 6–8 (moderate) and 8–9 (severe), reduced to 1–2 by week 8 in both.
        Assert.Equal(30, groups.Values.Sum(g => g.N));
        Assert.InRange(groups["moderate"].BaselineMin, 6.0, 8.0);
        Assert.InRange(groups["moderate"].BaselineMax, 6.0, 8.0);
        Assert.InRange(groups["severe"].BaselineMin, 8.0, 9.0);
        Assert.InRange(groups["severe"].BaselineMax, 8.0, 9.0);
        foreach (var g in groups.Values)
        {
            Assert.InRange(g.FollowUpMin, 1.0, 2.0);
            Assert.InRange(g.FollowUpMax, 1.0, 2.0);
            // Reduced *to* 1–2: a fall of about 67–89%, not the 12.5–33% of the misreading.
            Assert.InRange(100 * (g.BaselineMean - g.FollowUpMean) / g.BaselineMean, 67.0, 89.0);
            Assert.Contains($"fell from {g.BaselineMean:F1} to {g.FollowUpMean:F1}", output, StringComparison.Ordinal);
        }

        // The demo writes the whole report: one self-contained HTML file and every figure as PNG and SVG.
        Assert.Contains("Report: ", output, StringComparison.Ordinal);
        var html = File.ReadAllText(cli.PathOf("report/report.html"));
        Assert.Contains("fell from", html, StringComparison.Ordinal);
        Assert.Contains("Without a control group, the change from baseline cannot be separated", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(cli.PathOf("report"), "*.png", SearchOption.AllDirectories));
        Assert.NotEmpty(Directory.GetFiles(cli.PathOf("report"), "*.svg", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task The_report_verb_writes_the_report_of_a_stored_study_and_of_a_csv()
    {
        using var cli = new CliRun();
        var protocol = CliRun.Sample("mk7-rct-pilot.yaml");
        await cli.OkAsync("simulate", "--protocol", protocol, "--participants", "20", "--seed", "21", "--out", "pilot.csv", "--store", "--db", "p.db");

        var fromDb = await cli.OkAsync("report", "--study", "mk7-rct-pilot", "--db", "p.db", "--out", "db-report", "--no-pdf");
        var fromCsv = await cli.OkAsync("report", "--protocol", protocol, "--data", "pilot.csv", "--out", "csv-report", "--no-pdf");

        Assert.Contains("Report: ", fromDb, StringComparison.Ordinal);
        Assert.Contains("Report: ", fromCsv, StringComparison.Ordinal);
        var html = File.ReadAllText(cli.PathOf("db-report/report.html"));
        Assert.Contains("placebo", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("single-arm-caution", html, StringComparison.Ordinal);
        Assert.True(File.Exists(cli.PathOf("csv-report/report.html")));
    }
}
