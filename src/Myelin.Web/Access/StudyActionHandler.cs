using Microsoft.AspNetCore.Authorization;

namespace Myelin.Web.Access;

/// <summary>Decides <see cref="StudyActionRequirement"/> from the route's <c>studyId</c> and the principal's grants.</summary>
public sealed class StudyActionHandler(IHttpContextAccessor http) : AuthorizationHandler<StudyActionRequirement>
{
    /// <inheritdoc />
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StudyActionRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        var httpContext = http.HttpContext;
        if (httpContext?.GetRouteValue("studyId") is not string studyId)
        {
            return;
        }

        var access = httpContext.RequestServices.GetRequiredService<StudyAccess>();
        if (await access.CanAsync(studyId, requirement.Permission, httpContext.RequestAborted).ConfigureAwait(false))
        {
            context.Succeed(requirement);
        }
    }
}
