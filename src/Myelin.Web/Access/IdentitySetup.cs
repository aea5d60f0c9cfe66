using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Myelin.Data;
using Myelin.Data.Access;

namespace Myelin.Web.Access;

/// <summary>Staff sign-in: ASP.NET Core Identity with hashed passwords and lockout, cookies for pages, bearer tokens for scripts.</summary>
public static class IdentitySetup
{
    /// <summary>The scheme that picks the cookie or the token for each request.</summary>
    public const string Scheme = "Myelin";

    /// <summary>Failed logins before an account is locked.</summary>
    public const int MaxFailedLogins = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    /// <summary>Registers Identity, the cookie and token schemes, and the data-protection keys kept in the database.</summary>
    public static IServiceCollection AddMyelinIdentity(this IServiceCollection services)
    {
        // Keys in the database: every instance behind a load balancer reads the same cookies.
        services.AddDataProtection().SetApplicationName("Myelin").PersistKeysToDbContext<MyelinDbContext>();

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "cookie or token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
                    ? TokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/denied";
            o.Cookie.Name = "myelin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;

            // Scripts get status codes, not a login page.
            o.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
        });

        services.AddIdentityCore<StaffUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedLogins;
                o.Lockout.DefaultLockoutTimeSpan = LockoutTime;
            })
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddEntityFrameworkStores<MyelinDbContext>()
            .AddDefaultTokenProviders();
        return services;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
