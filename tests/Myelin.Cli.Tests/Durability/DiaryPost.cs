using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Myelin.Cli.Tests.Durability;

/// <summary>One participant's week-0 diary entry as the phone sends it, with the id it keeps for retries.</summary>
internal sealed record DiaryPost(string Code, string Token, Guid SubmissionId)
{
    /// <summary>The JSON body: every item rated, the day's doses.</summary>
    public string Json()
    {
        var values = new JsonObject();
        var n = 0;
        foreach (var item in DiaryStudyFile.Items)
        {
            values[item] = 2.5 + n++;
        }

        return new JsonObject
        {
            ["submission_id"] = SubmissionId.ToString(),
            ["event"] = "diary-w0",
            ["values"] = values,
            ["doses"] = new JsonObject { ["morning"] = true, ["evening"] = false },
        }.ToJsonString();
    }

    /// <summary>POSTs the entry; the status and, for a 2xx, the stored assessment's id. Throws when no answer comes.</summary>
    public async Task<(HttpStatusCode Status, long? AssessmentId)> PostAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var content = new StringContent(Json(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/v1/diary/" + Token, UriKind.Relative), content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (response.StatusCode, null);
        }

        var stored = JsonNode.Parse(body)!.AsObject();
        Assert.Equal(SubmissionId.ToString(), (string?)stored["submission_id"]);
        return (response.StatusCode, (long)stored["id"]!);
    }
}
