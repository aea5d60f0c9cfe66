using System.Net;
using Xunit.Abstractions;

namespace Myelin.Cli.Tests.Durability;

/// <summary>
/// Issue 6, durability: <c>myelin serve</c> as its own process takes concurrent diary entries over loopback and is
/// killed with SIGKILL mid-stream. After a restart on the same file, every acknowledged entry is stored exactly once
/// and whole, no unanswered entry is stored in part, the audit chain verifies, and the client's retry of every entry
/// (same submission id) is 200 for what was stored and 201 for what was not.
/// </summary>
public sealed class CrashDurabilityTests(ITestOutputHelper output)
{
    private const int Participants = 40;
    private const int InFlight = 8;

    // Guards against a hung server or request, never a measure: the test asserts no durations.
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(4);

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(37)]
    public async Task Every_acknowledged_entry_survives_a_SIGKILL_once_and_whole_and_every_entry_can_be_sent_again(int killAfter)
    {
        using var cli = new CliRun();
        var file = cli.PathOf("durable.db");
        var links = await DiaryStudyFile.CreateAsync(cli, "durable.db", Participants);
        var posts = links.Select(l => new DiaryPost(l.Code, l.Token, Guid.NewGuid())).ToList();
        using var guard = new CancellationTokenSource(Guard);

        IReadOnlyList<DiaryStream.Outcome> sent;
        var exit = 0;
        await using (var server = await ServerProcess.StartAsync(file, cli.Folder, Guard))
        {
            sent = await DiaryStream.SendAsync(server.Url, posts, InFlight, killAfter, async () => exit = await server.KillAsync(), guard.Token);
        }

        Assert.Equal(128 + 9, exit);
        var acknowledged = sent.Where(o => o.Acknowledged).ToList();
        Assert.All(sent.Where(o => o.Status is not null), o => Assert.Equal(HttpStatusCode.Created, o.Status));
        Assert.InRange(acknowledged.Count, killAfter, killAfter + InFlight - 1);

        await using var restarted = await ServerProcess.StartAsync(file, cli.Folder, Guard);
        var afterCrash = await StoredDiary.ReadAsync(file);
        AssertWhole(afterCrash);
        var stored = afterCrash.Submissions.ToDictionary(s => s.SubmissionId, s => s.AssessmentId);
        foreach (var o in acknowledged)
        {
            Assert.True(stored.TryGetValue(o.Post.SubmissionId, out var id), $"{o.Post.Code}'s entry was acknowledged (201, assessment {o.AssessmentId}) but is not stored after the kill");
            Assert.Equal(o.AssessmentId, id);
        }

        Assert.Empty(afterCrash.Submissions.Select(s => s.SubmissionId).Except(posts.Select(p => p.SubmissionId)));

        // The phone's retry path: every entry sent again with its own submission id.
        var retried = await DiaryStream.SendAsync(restarted.Url, posts, InFlight, 0, null, guard.Token);
        foreach (var o in retried)
        {
            var expected = stored.ContainsKey(o.Post.SubmissionId) ? HttpStatusCode.OK : HttpStatusCode.Created;
            Assert.True(o.Status == expected, $"{o.Post.Code}'s retry answered {o.Status?.ToString() ?? "nothing"}, expected {expected}\n{restarted.Output}");
            if (stored.TryGetValue(o.Post.SubmissionId, out var id))
            {
                Assert.Equal(id, o.AssessmentId);
            }
        }

        var final = await StoredDiary.ReadAsync(file);
        AssertWhole(final);
        Assert.Equal(posts.Select(p => p.SubmissionId).Order(), final.Submissions.Select(s => s.SubmissionId).Order());
        Assert.Contains("OK", await cli.OkAsync("audit", "verify", "--study", DiaryStudyFile.Study, "--db", "durable.db"), StringComparison.Ordinal);

        var unanswered = sent.Where(o => o.Sent && o.Status is null).ToList();
        output.WriteLine($"kill after {killAfter}: {acknowledged.Count} acknowledged, {unanswered.Count} sent without an answer "
            + $"({unanswered.Count(o => stored.ContainsKey(o.Post.SubmissionId))} of them stored), {sent.Count(o => !o.Sent)} not sent; "
            + $"{afterCrash.Submissions.Count} stored after the restart, chain of {final.Chain.RowsChecked} entries intact.");
    }

    private static void AssertWhole(StoredDiary diary)
    {
        Assert.True(diary.Problems.Count == 0, "stored in part:\n" + string.Join('\n', diary.Problems));
        Assert.True(diary.Chain.Intact, $"the audit chain is broken: {diary.Chain.Problem}");
        Assert.Equal(diary.Submissions.Count, diary.Submissions.Select(s => s.SubmissionId).Distinct().Count());
    }
}
