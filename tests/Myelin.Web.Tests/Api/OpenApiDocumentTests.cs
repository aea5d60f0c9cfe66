using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Myelin.Data;
using Myelin.Web.Hosting;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Api;

/// <summary>
/// The OpenAPI document is an artefact under review: every build of src/Myelin.Web writes src/Myelin.Web/Myelin.Web.json
/// (docs/adr/0002-minimal-api-and-openapi.md), and it must be the very bytes the platform serves at /openapi/v1.json.
/// CI fails when the committed file differs from what its build wrote.
/// </summary>
public sealed class OpenApiDocumentTests
{
    private static readonly string[] RouteNames =
    [
        "ListStudies", "GetStudy", "ListParticipants", "GetParticipant", "ScreenParticipant", "EnrolParticipant",
        "ListAssessments", "GetAssessment", "CreateAssessment", "ListAdverseEvents", "ReportAdverseEvent", "CorrectAdverseEvent",
        "ListDoses", "CreateDose", "GetAnalysis", "ExportLongCsv",
    ];

    [Fact]
    public async Task The_served_document_is_the_one_the_build_wrote()
    {
        using var factory = new MyelinWebFactory();
        using var client = factory.CreateClient();
        var served = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var path = CommittedPath();
        Assert.True(File.Exists(path), $"{path} is missing; build src/Myelin.Web (the build writes it) and commit it.");
        var written = await File.ReadAllTextAsync(path);
        Assert.True(written == served, $"{path} differs from the served /openapi/v1.json; build src/Myelin.Web (the build writes it) and commit it.");
        Assert.Null(JsonNode.Parse(served)!["servers"]);
    }

    [Fact]
    public async Task Under_the_build_time_generator_the_platform_reaches_no_database_and_serves_the_same_document()
    {
        var folder = Directory.CreateTempSubdirectory("myelin-openapi-").FullName;
        var database = Path.Combine(folder, "never.db");
        var announced = new StringWriter();
        try
        {
            var app = MyelinWebApp.Build([], builder =>
            {
                builder.WebHost.UseTestServer();
                builder.Configuration["Myelin:Sqlite"] = database;
                builder.Configuration[DatabaseTarget.PostgresVariable] = "Host=127.0.0.1;Port=1;Username=nobody;Database=nothing";
                builder.Services.AddSingleton(new StartupAnnouncer { Writer = announced });
                BuildTimeOpenApi.ForGenerator(builder);
            });
            await using (app)
            {
                await app.StartAsync();
                using var client = app.GetTestClient();
                var served = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

                Assert.True(await File.ReadAllTextAsync(CommittedPath()) == served, "the generator's host serves another document than the build wrote");
                Assert.Equal(DatabaseProvider.Sqlite, app.Services.GetRequiredService<DatabaseTarget>().Provider);
                Assert.False(app.Services.GetRequiredService<DatabaseReadiness>().Ready);
                Assert.Empty(announced.ToString());
                await app.StopAsync();
            }

            // Neither the migration, the first administrator nor the data-protection key ring opened the database.
            Assert.False(File.Exists(database), $"the generator's host created {database}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Every_route_is_named_summarised_and_needs_the_bearer_token()
    {
        using var factory = new MyelinWebFactory();
        using var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        var operations = document["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/v1/studies", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Select(o => o.Value!))
            .ToList();
        var names = operations.Select(o => (string?)o["operationId"]).ToList();
        Assert.Empty(RouteNames.Except(names));
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)o["operationId"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)o["summary"]));
            Assert.NotNull(o["responses"]!["401"]);
            Assert.NotNull(o["responses"]!["403"]);
            Assert.Contains("PersonalAccessToken", o["security"]![0]!.AsObject().Select(s => s.Key));
        });
        Assert.Equal("bearer", (string?)document["components"]!["securitySchemes"]!["PersonalAccessToken"]!["scheme"]);
        var create = document["paths"]!["/api/v1/studies/{studyId}/participants/{code}/assessments"]!["post"]!;
        Assert.NotNull(create["requestBody"]!["content"]!["application/json"]);
        Assert.NotNull(create["responses"]!["422"]!["content"]!["application/problem+json"]);
        Assert.NotNull(create["responses"]!["409"]);
        Assert.NotNull(create["responses"]!["201"]);
    }

    [Fact]
    public async Task The_reference_page_answers()
    {
        using var factory = new MyelinWebFactory();
        using var client = factory.CreateClient();
        var page = await client.GetAsync(new Uri("/api/docs", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Myelin API", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Its bootstrap script is inline, so the platform's script-src 'self' policy must not apply to it (and only to it).
        Assert.False(page.Headers.Contains("Content-Security-Policy"));
        var api = await client.GetAsync(new Uri("/api/v1/studies", UriKind.Relative));
        Assert.True(api.Headers.Contains("Content-Security-Policy"));
    }

    private static string CommittedPath([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "src", "Myelin.Web", "Myelin.Web.json"));
}
