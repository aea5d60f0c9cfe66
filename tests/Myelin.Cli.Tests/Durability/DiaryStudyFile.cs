using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Data.Queries;
using Myelin.Domain.Records;
using Myelin.Web.Diary;

namespace Myelin.Cli.Tests.Durability;

/// <summary>
/// A SQLite file holding the preliminary K2-7 study and enrolled participants, each with a diary link whose
/// week-0 diary is open at the real clock, so that a separate server process accepts their entries.
/// </summary>
internal static class DiaryStudyFile
{
    public const string Study = "k2-7-preliminary";

    /// <summary>The six VAS items of the preliminary study's diary.</summary>
    public static readonly string[] Items = ["tingling", "numbness", "weakness", "fatigue", "cramps", "global"];

    /// <summary>Creates the study in <paramref name="file"/> and enrols <paramref name="count"/> participants; returns (code, token) per participant.</summary>
    public static async Task<IReadOnlyList<(string Code, string Token)>> CreateAsync(CliRun cli, string file, int count)
    {
        cli.Clock.Now = TimeProvider.System.GetUtcNow();
        await cli.OkAsync("study", "create", "--protocol", CliRun.Sample("k2-7-preliminary.yaml"), "--db", file);

        // diary-w0 opens on the enrolment day and closes two days later (window 0/+2) in Mumbai's calendar, the
        // server's default: enrolled yesterday, the event stays open even if the Mumbai date turns during the run.
        var now = cli.Clock.Now;
        var mumbaiToday = DateOnly.FromDateTime(now.ToOffset(new DiaryOptions().UtcOffset).DateTime);
        await using var db = MyelinDatabase.CreateContext(DatabaseTarget.Sqlite(cli.PathOf(file)), cli.Clock);
        db.Actor = new ChangeActor("tester", ChangeChannel.Cli);
        var study = await db.Studies.FindWithProtocolsAndSitesAsync(Study);
        var participants = new List<Participant>();
        for (var i = 1; i <= count; i++)
        {
            var participant = Participant.Screen(study!.Sites[0], $"P{i:000}", null, now);
            participant.Enrol("mk7", null, mumbaiToday.AddDays(-1), now);
            participants.Add(participant);
        }

        db.Participants.AddRange(participants);
        await db.SaveChangesAsync();
        var links = new List<(string, string)>();
        foreach (var participant in participants)
        {
            links.Add((participant.Code, await DiaryLinks.IssueAsync(db, participant, "tester", now, CancellationToken.None)));
        }

        await db.SaveChangesAsync();
        return links;
    }
}
