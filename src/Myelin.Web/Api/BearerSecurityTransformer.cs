using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Myelin.Web.Api;

/// <summary>
/// Describes the personal access tokens in the OpenAPI document: an HTTP bearer scheme, required by every operation
/// under <c>/api/v1/studies</c> (the diary authenticates with its link instead).
/// </summary>
public sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    /// <summary>The scheme's name in the document.</summary>
    public const string SchemeName = "PersonalAccessToken";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A personal access token made on the /tokens page: 43 base64url characters, scoped to one study, one role and optionally one site. Send 'Authorization: Bearer <token>'.",
        };
        foreach (var (path, item) in document.Paths)
        {
            if (!path.StartsWith(ApiV1.StudiesPrefix, StringComparison.Ordinal) || item.Operations is null)
            {
                continue;
            }

            foreach (var operation in item.Operations.Values)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] });
            }
        }

        return Task.CompletedTask;
    }
}
