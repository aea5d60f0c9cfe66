using System.Net;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Workspace;

public sealed class AnalysisPageTests
{
    private const string Study = "k2-7-preliminary";

    [Fact]
    public async Task A_statistician_sees_the_primary_endpoint_and_opens_the_report_a_coordinator_cannot()
    {
        using var factory = new MyelinWebFactory();
        await factory.AddStudyAsync(Samples.Preliminary);
        for (var i = 1; i <= 4; i++)
        {
            var code = $"P00{i}";
            await factory.EnrolAsync(Study, code, new DateOnly(2026, 1, 1));
            await factory.DiaryAsync(Study, code, "diary-w0", 7 + (0.1 * i));
            await factory.DiaryAsync(Study, code, "diary-w8", 3 - (0.2 * i));
        }

        await factory.AddStaffAsync("stan@test.local", StudyRole.Statistician, Study);
        await factory.AddStaffAsync("cora@test.local", StudyRole.Coordinator, Study, "nair");
        using var stan = await factory.LoginAsync("stan@test.local");

        var page = await stan.GetPageAsync($"/studies/{Study}/analysis");
        Assert.Equal(HttpStatusCode.OK, stan.LastStatus);
        Assert.Null(page.QuerySelector("#analysis-problem"));
        Assert.Contains("Change in overall symptom VAS", page.QuerySelector("#primary-endpoint h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("4", page.QuerySelector("#primary-groups tbody tr td.num")!.TextContent);

        var report = await stan.Client.GetAsync(new Uri(page.QuerySelector("#report-link")!.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.StartsWith("text/html", report.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains("<svg", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var json = await stan.Client.GetStringAsync(new Uri($"/studies/{Study}/analysis/json", UriKind.Relative));
        Assert.Contains("myelin.analysis/1", json, StringComparison.Ordinal);

        using var cora = await factory.LoginAsync("cora@test.local");
        await WorkspaceAsserts.AssertForbiddenAsync(cora, $"/studies/{Study}/analysis");
    }
}
