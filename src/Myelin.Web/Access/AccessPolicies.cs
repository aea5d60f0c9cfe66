using Microsoft.AspNetCore.Authorization;

namespace Myelin.Web.Access;

/// <summary>The authorization policies: one per <see cref="StudyAction"/>, named by <see cref="For"/>.</summary>
public static class AccessPolicies
{
    /// <summary>Signed in as staff (cookie or token), with no study-specific requirement.</summary>
    public const string Staff = "staff";

    /// <summary>A system administrator.</summary>
    public const string SystemAdministrator = "system-admin";

    /// <summary>The policy name for a permission in the route's study, e.g. <c>study:EnterData</c>.</summary>
    public static string For(StudyAction permission) => "study:" + permission;

    /// <summary>Registers the policies and their handler.</summary>
    public static IServiceCollection AddMyelinAccess(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<StudyAccess>();
        services.AddScoped<IAuthorizationHandler, StudyActionHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Staff, p => p.RequireAuthenticatedUser())
            .AddPolicy(SystemAdministrator, p => p.RequireAuthenticatedUser().RequireClaim(MyelinClaims.Administrator, "true"));
        services.AddAuthorization(options =>
        {
            foreach (var permission in Enum.GetValues<StudyAction>())
            {
                options.AddPolicy(For(permission), p => p.RequireAuthenticatedUser().AddRequirements(new StudyActionRequirement(permission)));
            }
        });
        return services;
    }
}
