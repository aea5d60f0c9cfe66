using System.Net;

namespace Myelin.Cli.Tests.Durability;

/// <summary>
/// Sends diary entries concurrently, a bounded number in flight, and can kill the server the moment the
/// <c>killAfter</c>-th acknowledgement arrives, while the other requests in flight are inside the server.
/// </summary>
internal static class DiaryStream
{
    /// <summary>What became of one entry: its 2xx status and stored assessment, another status, or no answer (null status).</summary>
    public sealed record Outcome(DiaryPost Post, HttpStatusCode? Status, long? AssessmentId, bool Sent)
    {
        public bool Acknowledged => Status is { } s && (int)s is >= 200 and < 300;
    }

    /// <summary>
    /// Sends every post, at most <paramref name="inFlight"/> at a time; when <paramref name="kill"/> is given, calls it on the
    /// <paramref name="killAfter"/>-th acknowledgement, and posts not yet sent by then are not sent.
    /// </summary>
    public static async Task<IReadOnlyList<Outcome>> SendAsync(
        Uri server, IReadOnlyList<DiaryPost> posts, int inFlight, int killAfter, Func<Task>? kill, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(1) };
        using var gate = new SemaphoreSlim(inFlight);
        var acknowledged = 0;
        var killed = 0;
        var killing = Task.CompletedTask;

        async Task<Outcome> SendOneAsync(DiaryPost post)
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                if (Volatile.Read(ref killed) == 1)
                {
                    return new Outcome(post, null, null, Sent: false);
                }

                try
                {
                    var (status, assessment) = await post.PostAsync(client, cancellationToken);
                    if (assessment is not null && Interlocked.Increment(ref acknowledged) == killAfter && kill is not null && Interlocked.Exchange(ref killed, 1) == 0)
                    {
                        killing = kill();
                    }

                    return new Outcome(post, status, assessment, Sent: true);
                }
                catch (HttpRequestException)
                {
                    // The connection broke or was refused: the client never learns what happened to the entry.
                    return new Outcome(post, null, null, Sent: true);
                }
            }
            finally
            {
                gate.Release();
            }
        }

        var outcomes = await Task.WhenAll(posts.Select(SendOneAsync));
        await killing;
        return outcomes;
    }
}
