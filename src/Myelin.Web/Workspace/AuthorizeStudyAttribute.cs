using Microsoft.AspNetCore.Authorization;
using Myelin.Web.Access;

namespace Myelin.Web.Workspace;

/// <summary>
/// <c>[AuthorizeStudy(StudyAction.X)]</c>: the page needs the permission in the route's study, i.e. the policy
/// <see cref="AccessPolicies.For"/>(X), which an attribute argument cannot call.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class AuthorizeStudyAttribute : AuthorizeAttribute
{
    /// <summary>Requires <paramref name="action"/> in the route's study.</summary>
    public AuthorizeStudyAttribute(StudyAction action)
    {
        Action = action;
        Policy = AccessPolicies.For(action);
    }

    /// <summary>The permission required.</summary>
    public StudyAction Action { get; }
}
