using Myelin.Web.Access;
using Myelin.Web.Api;
using Myelin.Web.Assets;
using Myelin.Web.Diary;
using Myelin.Web.Hosting;

namespace Myelin.Web;

/// <summary>
/// The web platform's table of contents: one <c>Add…</c> per area, one <c>Map…</c> per feature.
/// <c>myelin serve</c>, <c>Program</c> and the tests all build it here.
/// </summary>
public static class MyelinWebApp
{
    /// <summary>Builds the platform.</summary>
    /// <param name="args">Command-line arguments (e.g. <c>--urls</c>, <c>--Myelin:Sqlite=PATH</c>).</param>
    /// <param name="configure">Changes to the builder before it builds (the serve command's settings, the tests' clock).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Pages and assets are compiled into this assembly, whichever program hosts it.
            ApplicationName = typeof(MyelinWebApp).Assembly.GetName().Name,
        });

        // Framework chatter only when something is wrong; Myelin's own messages and every warning still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);

        // Time and the database (migrated, with a first administrator, before the server listens).
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMyelinDatabase(builder.Configuration);

        // Staff accounts, sign-in and access control.
        builder.Services.AddMyelinIdentity();
        builder.Services.AddMyelinAccess();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // Rate limits: login attempts per client address (the diary adds its own policy).
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddLoginRateLimit();

        // The participant diary: links, what is due, submissions (rate-limited per link).
        builder.Services.AddMyelinDiary(builder.Configuration);

        // Server-rendered pages, problem details for the API, the OpenAPI document.
        builder.Services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/", AccessPolicies.Staff).AllowAnonymousToFolder("/Account"));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1", BuildTimeOpenApi.WithoutServers);

        // The staff REST API: token-only, snake_case JSON, the bearer scheme in the OpenAPI document.
        builder.Services.AddMyelinApi();

        configure?.Invoke(builder);
        var app = builder.Build();

        // Security headers on every answer, error pages included.
        app.UseSecurityHeaders();

        // A form body that cannot be read is the client's error (400), found before any page binds it.
        app.UseMalformedFormGuard();

        // Errors: problem details under /api, a page elsewhere.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal), a => a.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal), a => a.UseExceptionHandler("/error").UseStatusCodePagesWithReExecute("/status/{0}"));

        // Routing after the error handlers, so that a re-executed error page finds its endpoint.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapHealth();
        app.MapAssets();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapMyelinApi();
        app.MapDiaryApi();
        app.MapDeidentifiedExportApi();
        app.MapRazorPages();
        return app;
    }
}
