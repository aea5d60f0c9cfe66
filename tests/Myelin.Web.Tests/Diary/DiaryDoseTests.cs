using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Myelin.Data.Studies;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Diary;

public sealed class DiaryDoseTests
{
    [Fact]
    public async Task A_second_entry_on_the_same_day_restates_the_days_doses_and_the_change_log_keeps_the_first()
    {
        using var factory = new MyelinWebFactory();
        // The preliminary study with a week-long window, so that weeks 0 and 1 are both open on day 7.
        var yaml = (await File.ReadAllTextAsync(Samples.Path(Samples.Preliminary))).Replace("window: { before: 0, after: 2 }", "window: { before: 0, after: 7 }", StringComparison.Ordinal);
        var study = await factory.WithDbAsync(async db =>
        {
            var loaded = ProtocolLoader.Load(yaml, "wide-window.yaml");
            Assert.True(loaded.Succeeded, string.Join("; ", loaded.Errors));
            return (await db.SaveProtocolAsync(loaded.Protocol!, yaml, "seed", factory.Clock.GetUtcNow())).Study.Id;
        });
        var (id, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        factory.Clock.Now = new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.Zero);
        var client = factory.CreateClient();
        var late = DiarySeed.Entry();
        var onTime = DiarySeed.Entry(eventId: "diary-w1");
        onTime["doses"] = new JsonObject { ["morning"] = true, ["evening"] = true };

        var first = await DiarySeed.PostAsync(client, token, late);
        var second = await DiarySeed.PostAsync(client, token, onTime);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        await factory.WithDbAsync(async db =>
        {
            var doses = await db.DoseRecords.Where(d => d.ParticipantId == id).ToListAsync();
            Assert.Equal(2, doses.Count);
            Assert.All(doses, d => Assert.Equal((new DateOnly(2026, 3, 9), true), (d.Date, d.Taken)));
            var evening = doses.Single(d => d.Slot == DoseRecord.Evening);
            var log = await db.ChangeLog.Where(e => e.Entity == "DoseRecord" && e.EntityKey == evening.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Field == "Taken").OrderBy(e => e.Id).ToListAsync();
            Assert.Equal(2, log.Count);
            Assert.Equal(("false", "true"), (log[1].OldValue, log[1].NewValue));
            Assert.Equal("the participant's later diary entry of the same day", log[1].Reason);
            return 0;
        });
    }
}
