using Microsoft.Extensions.Options;
using Myelin.Data;

namespace Myelin.Web.Hosting;

/// <summary>The study database for the web tier: one <see cref="MyelinDbContext"/> per request, on the configured target.</summary>
public static class DatabaseServices
{
    /// <summary>Binds and checks <see cref="MyelinWebOptions"/>, and registers the context and the readiness flag.</summary>
    public static IServiceCollection AddMyelinDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MyelinWebOptions>()
            .Bind(configuration.GetSection(MyelinWebOptions.Section))
            .PostConfigure(o =>
            {
                o.Postgres ??= configuration[DatabaseTarget.PostgresVariable];
                o.AdminEmail ??= configuration["MYELIN_ADMIN_EMAIL"];
                o.AdminPassword ??= configuration["MYELIN_ADMIN_PASSWORD"];
            })
            .Validate(o => TryTarget(o) is null, "Myelin:Sqlite / Myelin:Postgres do not name a usable database")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<MyelinWebOptions>>().Value.Target());
        services.AddScoped(sp => MyelinDatabase.CreateContext(sp.GetRequiredService<DatabaseTarget>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DatabaseReadiness>();
        services.AddSingleton<StartupAnnouncer>();
        services.AddHostedService<DatabaseStartup>();
        return services;
    }

    private static string? TryTarget(MyelinWebOptions options)
    {
        try
        {
            options.Target();
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }
}
