using System.Reflection;
using Microsoft.AspNetCore.OpenApi;

namespace Myelin.Web.Hosting;

/// <summary>
/// The committed OpenAPI document, src/Myelin.Web/Myelin.Web.json, is written by the build:
/// Microsoft.Extensions.ApiDescription.Server runs this program's entry point under its GetDocument.Insider tool,
/// with a server that never listens, waits for the host to start and asks it for the document
/// (docs/adr/0002-minimal-api-and-openapi.md).
/// </summary>
public static class BuildTimeOpenApi
{
    /// <summary>The generator's entry assembly, by which the build-time run is told apart.</summary>
    public const string GeneratorAssembly = "GetDocument.Insider";

    /// <summary>True when the build-time generator, not a person or a test, started the program.</summary>
    public static bool IsGenerating => Assembly.GetEntryAssembly()?.GetName().Name == GeneratorAssembly;

    /// <summary>
    /// Makes the host fit to run inside a build: no start-up work runs (migrating the database, creating and announcing
    /// the first administrator, loading the data-protection key ring would each create or open a database, by default
    /// under the source folder), and <c>MYELIN_POSTGRES</c> from the environment is ignored, so a build needs no
    /// database, no PostgreSQL and no settings. The routes, and so the document, are exactly those of the platform.
    /// </summary>
    public static void ForGenerator(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddInMemoryCollection([new($"{MyelinWebOptions.Section}:Postgres", string.Empty)]);

        // Only the web host's own service stays (it starts the generator's server, which the generator waits for); any
        // other, today's or a future one, could reach the database.
        var hosting = typeof(WebHostBuilderExtensions).Assembly;
        var startUpWork = builder.Services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Assembly != hosting).ToList();
        foreach (var service in startUpWork)
        {
            builder.Services.Remove(service);
        }
    }

    /// <summary>
    /// Leaves the server list out of the served document, as it is out of the build's (which has no server address):
    /// the list named only the host of the request, so without it the document is the same bytes everywhere, and a
    /// client resolves the API against the address it fetched the document from (OpenAPI 3.1, "servers").
    /// </summary>
    public static void WithoutServers(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Servers = null;
            return Task.CompletedTask;
        });
    }
}
