using Microsoft.AspNetCore.Http.HttpResults;
using Myelin.Data;

namespace Myelin.Web.Hosting;

/// <summary><c>GET /health</c>: 200 once the database is migrated and answers, 503 before.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps the health check.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async Task<Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>>> (DatabaseReadiness readiness, MyelinDbContext db, CancellationToken ct) =>
            readiness.Ready && await db.Database.CanConnectAsync(ct).ConfigureAwait(false)
                ? TypedResults.Ok(new HealthStatus("ready"))
                : TypedResults.Json(new HealthStatus("starting"), statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("Health")
            .WithSummary("Whether the platform and its database are ready")
            .AllowAnonymous();
        return app;
    }
}
