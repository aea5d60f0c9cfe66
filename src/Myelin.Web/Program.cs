using Myelin.Web;

// The platform on its own (tests and the build-time OpenAPI generator start it this way); 'myelin serve' calls the same Build.
await MyelinWebApp.Build(args).RunAsync().ConfigureAwait(false);

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
