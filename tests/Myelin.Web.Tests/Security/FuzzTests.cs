using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace Myelin.Web.Tests.Security;

/// <summary>
/// Issue 6, hardening: at least 10,000 random and malformed requests over every discovered endpoint. No answer may be
/// a 5xx, and no rejected (4xx) request may change the database. The run is reproducible from its seed
/// (MYELIN_FUZZ_SEED; MYELIN_FUZZ_COUNT changes the count).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const int DefaultSeed = 20261125;
    private const int DefaultCount = 10_000;

    // What SendAsync answers for a request the in-memory client refuses to send (it never reaches the server).
    private const int Unsendable = -1;

    // Rejected requests between two fingerprints of the database.
    private const int Segment = 250;

    private readonly SecurityFactory _factory = new();
    private SecurityWorld _world = null!;

    public async Task InitializeAsync() => _world = await SecurityWorld.CreateAsync(_factory);

    public Task DisposeAsync()
    {
        _world?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Ten_thousand_malformed_requests_get_no_5xx_and_rejected_ones_change_nothing()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("MYELIN_FUZZ_SEED"), out var s) ? s : DefaultSeed;
        var count = int.TryParse(Environment.GetEnvironmentVariable("MYELIN_FUZZ_COUNT"), out var c) ? c : DefaultCount;
        output.WriteLine($"fuzz seed {seed} (MYELIN_FUZZ_SEED={seed} repeats this run), {count} requests");

        var endpoints = await EndpointCatalog.DiscoverAsync(_factory.Services);
        var fuzzer = new RequestFuzzer(new Random(seed), _world, endpoints);
        using var anonymous = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var cookie = _world.Get("investigator-all").Session!.Client;

        var serverErrors = new List<string>();
        var changes = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var baseline = DatabaseSnapshot.Take(_factory.DatabasePath);
        var rejected = new List<FuzzRequest>();
        var clock = Stopwatch.StartNew();

        var unsendable = 0;
        for (var sent = 0; sent < count;)
        {
            var request = fuzzer.Next();
            var status = await SendAsync(request, anonymous, cookie);
            if (status == Unsendable)
            {
                unsendable++;
                continue;
            }

            sent++;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;

            // The error pages answer with the status they describe (/error is 500, /status/503 is 503) by design.
            var errorPage = request.Path.StartsWith("/error", StringComparison.Ordinal) || request.Path.StartsWith("/status/", StringComparison.Ordinal);
            if (status >= 500 && !errorPage)
            {
                serverErrors.Add($"{status} for {request}");
            }

            if (status is >= 400 and < 500)
            {
                rejected.Add(request);
            }
            else if (request.Method is not ("GET" or "HEAD" or "OPTIONS"))
            {
                // An accepted write may change the database: the rejected ones before it are checked first.
                await CheckAsync(rejected, baseline, changes, anonymous, cookie);
                baseline = DatabaseSnapshot.Take(_factory.DatabasePath);
            }

            if (rejected.Count >= Segment)
            {
                baseline = await CheckAsync(rejected, baseline, changes, anonymous, cookie);
            }
        }

        await CheckAsync(rejected, baseline, changes, anonymous, cookie);
        output.WriteLine($"{count} requests in {clock.Elapsed.TotalSeconds:F1} s ({unsendable} more could not be sent by the in-memory client: NUL in the path or an empty host); answers: {string.Join(", ", statuses.Select(kv => $"{kv.Key}×{kv.Value}"))}");
        serverErrors.ForEach(output.WriteLine);
        changes.ForEach(output.WriteLine);
        Assert.True(serverErrors.Count == 0, $"seed {seed}: {serverErrors.Count} server errors:\n{string.Join("\n", serverErrors.Take(40))}");
        Assert.True(changes.Count == 0, $"seed {seed}: rejected requests changed the database:\n{string.Join("\n", changes.Take(20))}");
    }

    // Compares the database with the baseline; on a difference, repeats each rejected request alone to name the one
    // that changes it (a request that changed data once usually does again), else reports the whole segment.
    private async Task<IReadOnlyDictionary<string, string>> CheckAsync(List<FuzzRequest> rejected, IReadOnlyDictionary<string, string> baseline, List<string> changes, HttpClient anonymous, HttpClient cookie)
    {
        var now = DatabaseSnapshot.Take(_factory.DatabasePath);
        var diff = DatabaseSnapshot.Differences(baseline, now);
        if (diff.Count > 0)
        {
            var named = false;
            foreach (var request in rejected)
            {
                var before = DatabaseSnapshot.Take(_factory.DatabasePath);
                var status = await SendAsync(request, anonymous, cookie);
                var after = DatabaseSnapshot.Take(_factory.DatabasePath);
                if (status >= 400 && DatabaseSnapshot.Differences(before, after) is { Count: > 0 } d)
                {
                    changes.Add($"{status} for {request} changed {string.Join("; ", d)}");
                    named = true;
                }
            }

            if (!named)
            {
                changes.Add($"one of {rejected.Count} rejected requests (#{rejected[0].Number}..#{rejected[^1].Number}) changed {string.Join("; ", diff)}");
            }

            now = DatabaseSnapshot.Take(_factory.DatabasePath);
        }

        rejected.Clear();
        return now;
    }

    private async Task<int> SendAsync(FuzzRequest fuzz, HttpClient anonymous, HttpClient cookie)
    {
        HttpRequestMessage message;
        try
        {
            message = new HttpRequestMessage(new HttpMethod(fuzz.Method), new Uri(fuzz.Path, UriKind.Relative));
        }
        catch (UriFormatException)
        {
            message = new HttpRequestMessage(new HttpMethod(fuzz.Method), new Uri(Uri.EscapeDataString(fuzz.Path).Insert(0, "/"), UriKind.Relative));
        }

        using (message)
        {
            var client = anonymous;
            switch (fuzz.Credential)
            {
                case "token":
                    message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _world.Get("sysadmin").Token);
                    break;
                case "site-token":
                    message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _world.Get("coordinator").Token);
                    break;
                case "cookie":
                    client = cookie;
                    break;
                case "garbage":
                    message.Headers.TryAddWithoutValidation("Authorization", (fuzz.Number % 3) switch
                    {
                        0 => "Bearer " + new string('A', 43).Replace('A', (char)('a' + fuzz.Number % 26)),
                        1 => "Bearer " + new string('x', 9000),
                        _ => "Basic !!!!",
                    });
                    break;
            }

            foreach (var (name, value) in fuzz.Headers)
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }

            if (fuzz.Body is not null)
            {
                message.Content = new ByteArrayContent(fuzz.Body);
                if (fuzz.ContentType is not null)
                {
                    message.Content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
                }
            }

            try
            {
                using var response = await client.SendAsync(message);
                return (int)response.StatusCode;
            }
            catch (InvalidOperationException e) when (e.Message.Contains("null characters", StringComparison.Ordinal))
            {
                return Unsendable;
            }
            catch (UriFormatException)
            {
                return Unsendable;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The in-memory server rethrows what escaped the pipeline: that would have been a 500.
                output.WriteLine($"exception for {fuzz}: {e.GetType().Name}: {e.Message}");
                return 599;
            }
        }
    }
}
