using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Myelin.Web.Tests.Infrastructure;

/// <summary>
/// The platform on real Kestrel at 127.0.0.1 with a free port, for a browser to reach (.NET 10's
/// <c>UseKestrel</c> + <c>StartServer</c> on WebApplicationFactory).
/// </summary>
public sealed class LiveServer : MyelinWebFactory
{
    /// <summary>Starts the server.</summary>
    public LiveServer()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; }
}
