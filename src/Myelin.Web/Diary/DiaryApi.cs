using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Myelin.Domain.Records;

namespace Myelin.Web.Diary;

/// <summary>
/// The participant diary's API, <c>/api/v1/diary/{token}</c>: the link's token is the only credential, so every
/// route answers 404 alike for a malformed, unknown or revoked token, and reaches only the link's own participant.
/// </summary>
public static class DiaryApi
{
    /// <summary>The rate-limiting policy of the diary's page and API, partitioned by link (see <see cref="DiaryOptions.PermitsPerMinute"/>).</summary>
    public const string RateLimitPolicy = "diary";

    /// <summary>Maps the diary routes.</summary>
    public static IEndpointRouteBuilder MapDiaryApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/diary").WithTags("Diary").AllowAnonymous().RequireRateLimiting(RateLimitPolicy);

        group.MapGet("/{token}", GetDueAsync)
            .WithName("GetDiary")
            .WithSummary("What a participant's diary link has due now")
            .WithDescription("The diary events open today in the participant's local calendar and not yet completed, with each event's window and items. 404 for a malformed, unknown or revoked link.");

        group.MapPost("/{token}", SubmitAsync)
            .WithName("SubmitDiary")
            .WithSummary("Submit a diary entry")
            .WithDescription("Stores the entry once per submission_id: 201 with the stored assessment, 200 with the same body when the submission_id repeats, 422 with problem details naming each bad field, 404 for a malformed, unknown or revoked link.")
            .Accepts<DiaryEntryBody>("application/json")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<Results<Ok<DiaryDue>, NotFound>> GetDueAsync(string token, DiaryService diary, CancellationToken cancellationToken) =>
        await diary.DueAsync(token, cancellationToken).ConfigureAwait(false) is { } due ? TypedResults.Ok(due) : TypedResults.NotFound();

    private static async Task<Results<Created<DiaryStored>, Ok<DiaryStored>, NotFound, ProblemHttpResult>> SubmitAsync(
        string token, HttpRequest request, DiaryService diary, CancellationToken cancellationToken)
    {
        // The link first, so that a bad link answers 404 whatever the body.
        if (await diary.ResolveAsync(token, cancellationToken).ConfigureAwait(false) is null)
        {
            return TypedResults.NotFound();
        }

        // JSON only: a cross-site HTML form cannot send it without the browser asking first.
        if (!request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON.", $"Send Content-Type: application/json; got '{request.ContentType}'.");
        }

        var body = await ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "The body is too large.", $"A diary entry is at most {DiaryOptions.MaxBodyBytes} bytes.");
        }

        var entry = DiaryEntryReader.FromJson(body.Value);
        var outcome = await diary.SubmitAsync(token, entry, ChangeChannel.Api, cancellationToken).ConfigureAwait(false);
        return outcome.Kind switch
        {
            DiaryOutcomeKind.Created => TypedResults.Created((string?)null, outcome.Stored),
            DiaryOutcomeKind.Repeated => TypedResults.Ok(outcome.Stored),
            DiaryOutcomeKind.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Problem(new HttpValidationProblemDetails(outcome.Errors.ToDictionary())
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The diary entry was not stored.",
                Detail = "Each field named in 'errors' says what is wrong and what is allowed; nothing was stored.",
            }),
        };
    }

    // Reads at most MaxBodyBytes; null when the body is longer.
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > DiaryOptions.MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > DiaryOptions.MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });
}
