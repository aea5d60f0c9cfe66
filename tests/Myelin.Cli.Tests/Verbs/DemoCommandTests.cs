using Myelin.Cli.Studies;
using Myelin.Data;

namespace Myelin.Cli.Tests.Verbs;

public class DemoCommandTests
{
    [Fact]
    public async Task The_demo_reproduces_the_published_figures_per_severity_group()
    {
        using var cli = new CliRun();
        var output = await cli.OkAsync("demo", "--db", "demo.db");

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
    }
}
