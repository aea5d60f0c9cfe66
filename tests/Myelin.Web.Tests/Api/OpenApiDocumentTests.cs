using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Api;

/// <summary>
/// The OpenAPI document is an artefact under review: the committed src/Myelin.Web/Myelin.Web.json must equal what the
/// platform serves at /openapi/v1.json. Regenerate it with scripts/openapi.sh (see docs/adr/0002-minimal-api-and-openapi.md).
/// </summary>
public sealed class OpenApiDocumentTests
{
    /// <summary>Set to 1 (scripts/openapi.sh does) to write the served document over the committed one.</summary>
    public const string WriteVariable = "MYELIN_WRITE_OPENAPI";

    private static readonly string[] RouteNames =
    [
        "ListStudies", "GetStudy", "ListParticipants", "GetParticipant", "ScreenParticipant", "EnrolParticipant",
        "ListAssessments", "GetAssessment", "CreateAssessment", "ListAdverseEvents", "ReportAdverseEvent", "CorrectAdverseEvent",
        "ListDoses", "CreateDose", "GetAnalysis", "ExportLongCsv",
    ];

    [Fact]
    public async Task The_served_document_equals_the_committed_one()
    {
        using var factory = new MyelinWebFactory();
        using var client = factory.CreateClient();
        var served = Normalise(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var path = CommittedPath();
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run scripts/openapi.sh and commit it.");
        var committed = await File.ReadAllTextAsync(path);
        Assert.True(committed == served, $"{path} differs from the served /openapi/v1.json; run scripts/openapi.sh and commit the file.");
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

    // The server list names the test host; it is not part of the API's description.
    private static string Normalise(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("servers");
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string CommittedPath([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "src", "Myelin.Web", "Myelin.Web.json"));
}
