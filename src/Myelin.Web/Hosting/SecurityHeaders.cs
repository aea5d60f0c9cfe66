namespace Myelin.Web.Hosting;

/// <summary>
/// Headers every answer carries (docs/security.md): a Content-Security-Policy that runs only the platform's own
/// scripts and lets no site frame it, no MIME sniffing, no referrer (a diary link in a URL must never leak to another
/// site), no caching of pages that hold clinical data, and no access to the camera, microphone or location.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy for every page but the API reference.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers before the rest of the pipeline writes its answer.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // The interactive API reference runs its own inline bootstrap script; it shows no clinical data.
            if (!context.Request.Path.StartsWithSegments(Api.ApiV1.DocsPath, StringComparison.Ordinal))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        await next(context).ConfigureAwait(false);
    });
}
