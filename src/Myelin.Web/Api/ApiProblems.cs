using Microsoft.AspNetCore.Mvc;

namespace Myelin.Web.Api;

/// <summary>
/// Builds the API's RFC 7807 answers. Every refusal of a body is <see cref="UnprocessableProblem"/> (422) with an
/// <c>errors</c> dictionary keyed by the JSON path of the field at fault; records not found are <see cref="NotFoundProblem"/>
/// and clashes with stored records <see cref="ConflictProblem"/>.
/// </summary>
public static class ApiProblems
{
    /// <summary>The problem type of a refused body.</summary>
    public const string ValidationType = "https://myelin.dev/problems/validation";

    /// <summary>422 naming each field at fault: path → messages.</summary>
    public static UnprocessableProblem Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The request body is not valid.",
            Detail = string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
            Type = ValidationType,
        });

    /// <summary>422 naming one field at fault.</summary>
    public static UnprocessableProblem Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });

    /// <summary>404 with what was looked for.</summary>
    public static NotFoundProblem NotFound(string detail) =>
        new(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found.", Detail = detail });

    /// <summary>409 with the stored record it clashes with.</summary>
    public static ConflictProblem Conflict(string detail) =>
        new(new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflicts with a stored record.", Detail = detail });

    internal static Task WriteAsync(HttpContext context, ProblemDetails problem) =>
        TypedResults.Problem(problem).ExecuteAsync(context);

    internal static void Declare(EndpointBuilder builder, int status, Type type)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, type, ["application/problem+json"]));
    }
}
