using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Domain.Records;

namespace Myelin.Cli.Tests.Verbs;

public class ParticipantLinkTests
{
    [Fact]
    public async Task Link_prints_a_new_link_once_revokes_the_previous_and_sets_the_language()
    {
        using var cli = new CliRun();
        await cli.OkAsync("study", "create", "--protocol", CliRun.Sample("k2-7-preliminary.yaml"), "--db", "l.db");
        await cli.OkAsync("participant", "add", "--study", "k2-7-preliminary", "--code", "P001", "--db", "l.db");

        var first = (await cli.OkAsync("participant", "link", "--study", "k2-7-preliminary", "--participant", "P001", "--db", "l.db")).Trim();
        var second = (await cli.OkAsync("participant", "link", "--study", "k2-7-preliminary", "--participant", "P001", "--language", "mr",
            "--base-url", "https://diary.example.org/", "--db", "l.db")).Trim();

        Assert.Matches("^http://localhost:5000/d/[A-Za-z0-9_-]{43}$", first);
        Assert.Matches("^https://diary.example.org/d/[A-Za-z0-9_-]{43}$", second);
        await using var db = MyelinDatabase.CreateContext(DatabaseTarget.Sqlite(cli.PathOf("l.db")), cli.Clock);
        var links = await db.DiaryLinks.OrderBy(l => l.Id).ToListAsync();
        Assert.Equal(2, links.Count);
        Assert.Equal(SecretToken.Hash(first[(first.LastIndexOf('/') + 1)..]), links[0].TokenHash);
        Assert.False(links[0].Active);
        Assert.Equal(SecretToken.Hash(second[(second.LastIndexOf('/') + 1)..]), links[1].TokenHash);
        Assert.True(links[1].Active);
        Assert.Equal(("tester", "tester"), (links[1].IssuedBy, links[0].RevokedBy));
        Assert.Equal(DiaryLanguage.Marathi, (await db.Participants.SingleAsync()).Language);
        Assert.DoesNotContain(await db.DiaryLinks.Select(l => l.TokenHash).ToListAsync(), h => second.Contains(h, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--participant", "P404", "P404")]
    [InlineData("--language", "fr", "fr")]
    [InlineData("--base-url", "ftp://diary.example.org", "--base-url")]
    public async Task Bad_input_exits_2_naming_it_and_issues_nothing(string option, string value, string named)
    {
        using var cli = new CliRun();
        await cli.OkAsync("study", "create", "--protocol", CliRun.Sample("k2-7-preliminary.yaml"), "--db", "b.db");
        await cli.OkAsync("participant", "add", "--study", "k2-7-preliminary", "--code", "P001", "--db", "b.db");
        var args = new Dictionary<string, string> { ["--study"] = "k2-7-preliminary", ["--participant"] = "P001", ["--db"] = "b.db" };
        args[option] = value;

        var (exit, _, error) = await cli.RunAsync([.. new[] { "participant", "link" }.Concat(args.SelectMany(a => new[] { a.Key, a.Value }))]);

        Assert.Equal(2, exit);
        Assert.Contains(named, error, StringComparison.Ordinal);
        await using var db = MyelinDatabase.CreateContext(DatabaseTarget.Sqlite(cli.PathOf("b.db")), cli.Clock);
        Assert.Equal(0, await db.DiaryLinks.CountAsync());
    }
}
