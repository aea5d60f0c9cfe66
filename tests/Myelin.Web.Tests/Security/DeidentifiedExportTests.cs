using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Myelin.Domain.Records;
using Myelin.Interop.LongCsv;

namespace Myelin.Web.Tests.Security;

/// <summary>Issue 6: a statistician's export is de-identified — codes, user names, free text and real dates gone.</summary>
public sealed class DeidentifiedExportTests : IAsyncLifetime, IDisposable
{
    private const string Note = "Spoke with Mrs Asha Kulkarni at home";
    private readonly SecurityFactory _factory = new();
    private SecurityWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await SecurityWorld.CreateAsync(_factory, signIn: false);

        // Week 4 labs 28 days and 2 hours after baseline, entered by a named user, and a free-text close-out note.
        await _factory.WithDbAsync(async db =>
        {
            foreach (var seeded in new[] { _world.A, _world.B })
            {
                var participant = await db.Participants.SingleAsync(p => p.Id == seeded.Id);
                var w4 = Assessment.Record(participant, "visit-w4", "labs", AssessmentSource.Clinic, "coordinator@matrix.test", _factory.Clock.GetUtcNow().AddDays(28).AddHours(2));
                w4.SetValue("serum_mk7", "3.5", 3.5, "ng/mL");
                db.Assessments.Add(w4);
                var closeout = Assessment.Record(participant, "visit-w12", "closeout", AssessmentSource.Clinic, "investigator@matrix.test", _factory.Clock.GetUtcNow().AddDays(84));
                closeout.SetValue("completed", "yes", null);
                closeout.SetValue("notes", Note, null);
                db.Assessments.Add(closeout);
            }

            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    private string Url(string file) => $"/api/v1/studies/{_world.StudyId}/{file}";

    private async Task<HttpResponseMessage> GetAsync(string principal, string file)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(file));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _world.Get(principal).Token);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task The_statistician_gets_no_code_user_name_free_text_or_real_date()
    {
        using var response = await GetAsync("statistician", "export-deidentified.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csv = await response.Content.ReadAsStringAsync();
        var read = LongCsvFormat.Read(new StringReader(csv), "export-deidentified.csv");
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        Assert.NotEmpty(read.Rows);

        var identified = await _factory.WithDbAsync(async db => (
            Codes: await db.Participants.Select(p => p.Code).ToListAsync(),
            Users: await db.Users.Select(u => u.UserName!).ToListAsync()));
        foreach (var forbidden in identified.Codes.Concat(identified.Users).Concat(["matrix.test", "seed", Note, "Kulkarni"]))
        {
            Assert.DoesNotContain(forbidden, csv, StringComparison.Ordinal);
        }

        // Each value's instant differs from the real one (the shift is never zero); day differences are checked below.
        var real = new Dictionary<string, DateTimeOffset>
        {
            ["visit-w0"] = _factory.Clock.GetUtcNow(),
            ["visit-w4"] = _factory.Clock.GetUtcNow().AddDays(28).AddHours(2),
            ["visit-w12"] = _factory.Clock.GetUtcNow().AddDays(84),
        };
        Assert.All(read.Rows.Where(r => real.ContainsKey(r.Event)), r => Assert.NotEqual(real[r.Event], r.RecordedAt));
        Assert.All(read.Rows.Where(r => r.Event == "screening"), r => Assert.NotEqual(_factory.Clock.GetUtcNow(), r.RecordedAt));

        // The statistician's grant is at site A: only site A's one participant.
        Assert.All(read.Rows, r => Assert.Equal(SecurityWorld.SiteA, r.Site));
        Assert.Single(read.Rows.Select(r => r.Participant).Distinct());
        Assert.DoesNotContain(read.Rows, r => r.Item == "notes");
        Assert.Contains(read.Rows, r => r.Item == "completed");
    }

    [Fact]
    public async Task Day_differences_within_a_participant_are_kept()
    {
        using var response = await GetAsync("administrator", "export-deidentified.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = LongCsvFormat.Read(new StringReader(await response.Content.ReadAsStringAsync()), "x.csv").Rows;
        var labs = rows.Where(r => r.Instrument == "labs").ToDictionary(r => r.Event);
        Assert.Equal(TimeSpan.FromDays(28).Add(TimeSpan.FromHours(2)), labs["visit-w4"].RecordedAt - labs["visit-w0"].RecordedAt);
        var shift = labs["visit-w0"].RecordedAt - _factory.Clock.GetUtcNow();
        Assert.Equal(0, shift.Ticks % TimeSpan.TicksPerDay);
        Assert.InRange(Math.Abs(shift.TotalDays), 1, 182);
        Assert.All(rows, r => Assert.Contains(r.EnteredBy, new[] { "staff", "participant", "import", "" }));
    }

    [Fact]
    public async Task Pseudonyms_change_from_one_export_to_the_next()
    {
        using var first = await GetAsync("statistician", "export-deidentified.csv");
        using var second = await GetAsync("statistician", "export-deidentified.csv");
        var a = LongCsvFormat.Read(new StringReader(await first.Content.ReadAsStringAsync()), "a.csv").Rows.Select(r => r.Participant).Distinct().Single();
        var b = LongCsvFormat.Read(new StringReader(await second.Content.ReadAsStringAsync()), "b.csv").Rows.Select(r => r.Participant).Distinct().Single();
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("statistician", "export.csv", HttpStatusCode.Forbidden)]
    [InlineData("investigator", "export-deidentified.csv", HttpStatusCode.Forbidden)]
    [InlineData("monitor", "export-deidentified.csv", HttpStatusCode.Forbidden)]
    [InlineData("no-grant", "export-deidentified.csv", HttpStatusCode.Unauthorized)]
    public async Task Who_may_not_export_is_refused(string principal, string file, HttpStatusCode expected)
    {
        using var response = await GetAsync(principal, file);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_cookie_does_not_reach_the_export()
    {
        using var session = await _factory.LoginAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.Client.GetAsync(new Uri(Url("export-deidentified.csv"), UriKind.Relative))).StatusCode);
    }
}
