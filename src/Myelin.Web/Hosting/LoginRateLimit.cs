using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Myelin.Web.Hosting;

/// <summary>
/// Limits login attempts per client address (on top of Identity's per-account lockout), so that one address cannot
/// try many accounts: <see cref="AttemptsPerMinute"/> POSTs to the login page per minute, then 429.
/// </summary>
public static class LoginRateLimit
{
    /// <summary>The policy name, applied to the login page.</summary>
    public const string Policy = "login";

    /// <summary>Login attempts allowed per client address per minute.</summary>
    public const int AttemptsPerMinute = 10;

    /// <summary>Registers the policy (the rate limiter itself is added and used once, in <see cref="MyelinWebApp"/>).</summary>
    public static IServiceCollection AddLoginRateLimit(this IServiceCollection services) =>
        services.Configure<RateLimiterOptions>(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, context => context.Request.Method == HttpMethods.Post
                ? RateLimitPartition.GetFixedWindowLimiter(
                    "login:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = AttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("login:get"));
        });
}
