using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Security;

/// <summary>
/// The platform for the security tests: the diary's per-link rate limit raised so that the matrix and the fuzz
/// reach the handlers instead of the limiter (the limiter has its own tests).
/// </summary>
internal sealed class SecurityFactory : MyelinWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Myelin:Diary:PermitsPerMinute", "100000");

        // Thousands of requests: only warnings and errors are logged, so that the run is not spent writing the console.
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
    }
}
