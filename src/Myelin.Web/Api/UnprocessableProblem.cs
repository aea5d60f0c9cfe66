using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Myelin.Web.Api;

/// <summary>422 Unprocessable Entity: the body was read but a field is wrong; <c>errors</c> names each one.</summary>
public sealed class UnprocessableProblem(HttpValidationProblemDetails problem)
    : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<HttpValidationProblemDetails>
{
    /// <summary>The problem written.</summary>
    public HttpValidationProblemDetails Value => problem;

    object? IValueHttpResult.Value => problem;

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status422UnprocessableEntity;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => ApiProblems.WriteAsync(httpContext, problem);

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        ApiProblems.Declare(builder, StatusCodes.Status422UnprocessableEntity, typeof(HttpValidationProblemDetails));
}
