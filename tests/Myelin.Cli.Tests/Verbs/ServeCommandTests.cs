using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Myelin.Cli.Tests.Verbs;

/// <summary><c>myelin serve</c> as a user starts it: a process of its own, the demo study, the health check, the login page.</summary>
public sealed partial class ServeCommandTests
{
    [Fact]
    public async Task Serve_with_the_demo_answers_health_and_says_where_to_log_in()
    {
        using var run = new CliRun();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = run.Folder,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "myelin.dll"), "serve", "--demo", "--db", run.PathOf("serve.db"), "--urls", "http://127.0.0.1:0" })
            start.ArgumentList.Add(arg);
        start.Environment.Remove("MYELIN_POSTGRES");
        start.Environment.Remove("MYELIN_ADMIN_EMAIL");
        start.Environment.Remove("MYELIN_ADMIN_PASSWORD");
        using var process = Process.Start(start)!;
        var lines = new List<string>();
        try
        {
            string? url = null;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (url is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
                if (OpenLine().Match(line) is { Success: true } m) url = m.Groups[1].Value;
            }

            Assert.True(url is not null, "no 'Open … in a browser' line; the output was:\n" + string.Join('\n', lines));
            var output = string.Join('\n', lines);
            Assert.Contains("Loaded the demo study k2-7-preliminary", output, StringComparison.Ordinal);
            Assert.Matches("Administrator admin@myelin.local created with the password \\S{18} ", output);

            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };
            var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            var home = await client.GetAsync(new Uri("/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(home.Headers.Location)).StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task A_malformed_address_is_refused_with_exit_code_2()
    {
        using var run = new CliRun();
        var (exit, _, err) = await run.RunAsync("serve", "--urls", "ftp://somewhere", "--db", run.PathOf("x.db"));
        Assert.Equal(2, exit);
        Assert.Contains("--urls: 'ftp://somewhere' is not an http(s) address", err, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^Open (http://\S+) in a browser")]
    private static partial Regex OpenLine();
}
