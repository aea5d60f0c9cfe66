using Myelin.Web;
using Myelin.Web.Hosting;

// The platform on its own (tests and the build-time OpenAPI generator start it this way); 'myelin serve' calls the same Build.
// Under the generator nothing may reach a database: see BuildTimeOpenApi.
await MyelinWebApp.Build(args, BuildTimeOpenApi.IsGenerating ? BuildTimeOpenApi.ForGenerator : null).RunAsync().ConfigureAwait(false);

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
