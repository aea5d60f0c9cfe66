using System.Net;
using System.Text;
using Myelin.Domain.Records;
using Myelin.Interop.LongCsv;
using Myelin.Web.Studies;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Api;

public sealed class StudiesAndExportApiTests
{
    [Fact]
    public async Task The_token_lists_its_one_study_with_the_current_protocol()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        await factory.AddStudyAsync(Samples.Pilot);
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));

        var list = await client.GetJsonAsync("/api/v1/studies");
        var only = Assert.Single(list.EnumerateArray());
        Assert.Equal(study, only.GetProperty("id").GetString());
        Assert.Equal("investigator", only.GetProperty("role").GetString());

        var one = await client.GetJsonAsync($"/api/v1/studies/{study}");
        var stored = await factory.WithDbAsync(db => StoredStudy.LoadAsync(db, study));
        Assert.Equal(stored!.Study.CurrentProtocol!.ContentHash, one.GetProperty("protocol_sha256").GetString());
        Assert.Equal(1, one.GetProperty("protocol_version").GetInt32());
        Assert.Equal("1.0", one.GetProperty("protocol_label").GetString());
        Assert.Equal("single-arm-open-label", one.GetProperty("design").GetString());
        Assert.Equal("nair", Assert.Single(one.GetProperty("sites").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/api/v1/studies/mk7-rct-pilot", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_export_is_the_long_csv_of_the_stored_study_byte_for_byte()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));
        await ApiClient.EnrolAsync(client, study, "P001");
        await ApiClient.EnrolAsync(client, study, "P002");
        var posted = await client.PostJsonAsync($"/api/v1/studies/{study}/participants/P001/assessments", """{ "event": "visit-w0", "instrument": "labs", "values": { "b12": 180.5 } }""");
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        var response = await client.GetAsync(new Uri($"/api/v1/studies/{study}/export.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // What 'myelin export' writes: LongCsvFormat over the stored rows, UTF-8 without a byte-order mark.
        var expected = await factory.WithDbAsync(async db =>
        {
            var rows = await StudyRows.ReadAsync(db, (await StoredStudy.LoadAsync(db, study))!);
            using var writer = new StringWriter();
            LongCsvFormat.Write(writer, rows);
            return new UTF8Encoding(false).GetBytes(writer.ToString());
        });
        Assert.Equal(expected, bytes);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith(string.Join(',', LongCsvFormat.Columns) + "\n", text, StringComparison.Ordinal);
        Assert.Contains(",visit-w0,labs,b12,180.5,pg/mL,", text, StringComparison.Ordinal);
        Assert.Equal(16, text.Count(c => c == '\n'));
    }

    [Fact]
    public async Task A_site_limited_export_leaves_out_the_other_sites()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        await ApiClient.AddSiteAsync(factory, study, "pune");
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));
        await ApiClient.EnrolAsync(client, study, "P001", "nair");
        await ApiClient.EnrolAsync(client, study, "P002", "pune");
        using var pune = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "pune@test.local", StudyRole.Investigator, study, "pune"));
        var text = await pune.GetStringAsync(new Uri($"/api/v1/studies/{study}/export.csv", UriKind.Relative));
        Assert.Contains("P002,pune", text, StringComparison.Ordinal);
        Assert.DoesNotContain("P001", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_analysis_is_the_myelin_analysis_json_of_the_stored_study()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));
        foreach (var (code, w0, w4, w8) in new[] { ("P001", 7.5, 4.1, 2.0), ("P002", 8.2, 5.0, 3.1), ("P003", 6.4, 3.3, 1.5) })
        {
            await ApiClient.EnrolAsync(client, study, code);
            foreach (var (evt, score) in new[] { ("diary-w0", w0), ("diary-w4", w4), ("diary-w8", w8) })
            {
                var v = score.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var r = await client.PostJsonAsync($"/api/v1/studies/{study}/participants/{code}/assessments",
                    $$"""{ "event": "{{evt}}", "instrument": "symptoms", "values": { "tingling": {{v}}, "numbness": {{v}}, "weakness": {{v}}, "fatigue": {{v}}, "cramps": {{v}}, "global": {{v}} } }""");
                Assert.Equal(HttpStatusCode.Created, r.StatusCode);
            }
        }

        var response = await client.GetAsync(new Uri($"/api/v1/studies/{study}/analysis", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.JsonAsync();
        Assert.Equal("myelin.analysis/1", json.GetProperty("schema").GetString());
        Assert.Equal("overall-change", json.GetProperty("endpoints")[0].GetProperty("id").GetString());

        using var coordinator = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "coord@test.local", StudyRole.Coordinator, study));
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync(new Uri($"/api/v1/studies/{study}/analysis", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task While_the_trial_runs_skip_invalid_analyses_the_rows_that_fit_and_lists_the_rest()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        using var client = ApiClient.WithToken(factory, await ApiClient.IssueTokenAsync(factory, "inv@test.local", StudyRole.Investigator, study));
        await ApiClient.EnrolAsync(client, study, "P001");
        var url = $"/api/v1/studies/{study}/analysis";

        // Enrolled today, no baseline diary yet: the strict analysis refuses and says how to ask for the rest.
        var strict = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Conflict, strict.StatusCode);
        Assert.Contains("skip_invalid=true", (await strict.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var lenient = await client.GetAsync(new Uri(url + "?skip_invalid=true", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, lenient.StatusCode);
        var excluded = (await lenient.JsonAsync()).GetProperty("excluded");
        Assert.Contains(excluded.EnumerateArray(), e => e.ToString().Contains("P001", StringComparison.Ordinal));

        await ApiClient.AssertInvalidAsync(await client.GetAsync(new Uri(url + "?skip_invalid=maybe", UriKind.Relative)), "skip_invalid");
        Assert.Equal(HttpStatusCode.Conflict, (await client.GetAsync(new Uri(url + "?skip_invalid=false", UriKind.Relative))).StatusCode);
    }
}
