using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Myelin.Web.Access;
using Scalar.AspNetCore;

namespace Myelin.Web.Api;

/// <summary>
/// The staff REST API under <c>/api/v1/studies</c>: personal access tokens only (no cookies, so no cross-site request
/// can use a browser session), one policy per endpoint from <see cref="AccessPolicies"/>, snake_case JSON, and the
/// interactive reference at <see cref="DocsPath"/>. The diary API is mapped by its own feature.
/// </summary>
public static class ApiV1
{
    /// <summary>The prefix of every study endpoint.</summary>
    public const string StudiesPrefix = "/api/v1/studies";

    /// <summary>The interactive API reference (Scalar) over <c>/openapi/v1.json</c>.</summary>
    public const string DocsPath = "/api/docs";

    /// <summary>JSON names in snake_case, as the analysis JSON and the diary API write them; the OpenAPI document follows.</summary>
    public static IServiceCollection AddMyelinApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            // Enums by name (not-related, recovered-with-sequelae); numbers refused, so 2 cannot silently mean a member.
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        });
        services.Configure<OpenApiOptions>("v1", o => o.AddDocumentTransformer<BearerSecurityTransformer>());
        return services;
    }

    /// <summary>Maps every staff endpoint and the reference page.</summary>
    public static IEndpointRouteBuilder MapMyelinApi(this IEndpointRouteBuilder app)
    {
        var studies = app.MapGroup(StudiesPrefix)
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = TokenAuthenticationHandler.SchemeName })
            .WithMetadata(
                new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ProblemDetails), ["application/problem+json"]),
                new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(ProblemDetails), ["application/problem+json"]));
        studies.MapStudiesApi();
        studies.MapParticipantsApi();
        studies.MapAssessmentsApi();
        studies.MapAdverseEventsApi();
        studies.MapDosesApi();
        studies.MapAnalysisApi();

        app.MapScalarApiReference(DocsPath, o => o.WithTitle("Myelin API").WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .AllowAnonymous();
        return app;
    }
}
