using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Myelin.Web.Diary;

/// <summary>Registers the participant diary.</summary>
public static class DiaryServices
{
    /// <summary>
    /// Registers <see cref="DiaryService"/>, its options (section <c>Myelin:Diary</c>, checked at start) and the
    /// <see cref="DiaryApi.RateLimitPolicy"/> rate limit: a fixed window of a minute per link token (per client address
    /// where the route has no token), answering 429 beyond it.
    /// </summary>
    public static IServiceCollection AddMyelinDiary(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiaryOptions>().Bind(configuration.GetSection(DiaryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DiaryProtocols>();
        services.AddScoped<DiaryService>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(DiaryApi.RateLimitPolicy, context =>
            {
                var permits = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<DiaryOptions>>().Value.PermitsPerMinute;
                var key = context.GetRouteValue("token") as string ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return services;
    }
}
