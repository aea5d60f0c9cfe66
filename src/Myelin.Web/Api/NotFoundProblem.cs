using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Myelin.Web.Api;

/// <summary>404 Not Found: no such record within the caller's study and sites.</summary>
public sealed class NotFoundProblem(ProblemDetails problem)
    : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>
{
    /// <summary>The problem written.</summary>
    public ProblemDetails Value => problem;

    object? IValueHttpResult.Value => problem;

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status404NotFound;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => ApiProblems.WriteAsync(httpContext, problem);

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        ApiProblems.Declare(builder, StatusCodes.Status404NotFound, typeof(ProblemDetails));
}
