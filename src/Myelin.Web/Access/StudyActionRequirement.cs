using Microsoft.AspNetCore.Authorization;

namespace Myelin.Web.Access;

/// <summary>
/// Requires a permission in the study named by the route value <c>studyId</c> (pages under /studies/{studyId},
/// endpoints under /api/v1/studies/{studyId}). Named policies are <c>study:&lt;permission&gt;</c>; see <see cref="AccessPolicies"/>.
/// </summary>
/// <param name="Permission">The permission required.</param>
public sealed record StudyActionRequirement(StudyAction Permission) : IAuthorizationRequirement;
