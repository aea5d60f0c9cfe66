using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Myelin.Web.Tests.Security;

/// <summary>
/// Every route endpoint of the running app, read from its <see cref="EndpointDataSource"/> at test time, so that the
/// security tests cover whatever pages and endpoints exist when CI runs. Razor pages are loaded first
/// (<see cref="PageLoader"/>), because the attributes of a page model join the endpoint's metadata only then.
/// </summary>
internal static class EndpointCatalog
{
    public static async Task<IReadOnlyList<DiscoveredEndpoint>> DiscoverAsync(IServiceProvider services)
    {
        var source = services.GetRequiredService<EndpointDataSource>();
        var loader = services.GetRequiredService<PageLoader>();
        var found = new List<DiscoveredEndpoint>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var metadata = endpoint.Metadata;
            var handlers = new List<string>();
            var methods = metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? [];
            var page = metadata.GetMetadata<PageActionDescriptor>();
            if (page is not null)
            {
                var compiled = await loader.LoadAsync(page, metadata);
                metadata = compiled.Endpoint?.Metadata ?? metadata;
                methods = [.. compiled.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct().Order()];
                if (methods.Count == 0)
                {
                    methods.Add(HttpMethods.Get);
                }

                handlers.AddRange(compiled.HandlerMethods.Where(h => h.HttpMethod.Equals("POST", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(h.Name)).Select(h => h.Name!));
            }

            if (methods.Count == 0)
            {
                methods.Add(HttpMethods.Get);
            }

            var authorize = metadata.GetOrderedMetadata<IAuthorizeData>();
            found.Add(new DiscoveredEndpoint(
                endpoint.RoutePattern,
                methods,
                handlers,
                [.. authorize.Select(a => a.Policy).OfType<string>().Distinct()],
                authorize.Count > 0,
                metadata.GetMetadata<IAllowAnonymous>() is not null,
                page is not null,
                endpoint.DisplayName ?? endpoint.RoutePattern.RawText ?? "?"));
        }

        return found;
    }
}
