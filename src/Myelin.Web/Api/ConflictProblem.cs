using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Myelin.Web.Api;

/// <summary>409 Conflict: the request clashes with a stored record (e.g. an assessment already entered).</summary>
public sealed class ConflictProblem(ProblemDetails problem)
    : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>
{
    /// <summary>The problem written.</summary>
    public ProblemDetails Value => problem;

    object? IValueHttpResult.Value => problem;

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status409Conflict;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => ApiProblems.WriteAsync(httpContext, problem);

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        ApiProblems.Declare(builder, StatusCodes.Status409Conflict, typeof(ProblemDetails));
}
