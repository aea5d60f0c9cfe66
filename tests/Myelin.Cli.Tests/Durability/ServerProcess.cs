using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Myelin.Cli.Tests.Durability;

/// <summary>
/// <c>myelin serve --db FILE</c> as a process of its own on a free loopback port. <c>dotnet myelin.dll</c> runs the
/// app inside the dotnet host, so the process killed here is the server itself, not a launcher in front of it.
/// </summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly Task _stderr;
    private Task _stdout = Task.CompletedTask;

    private ServerProcess(Process process)
    {
        _process = process;
        _stderr = DrainAsync(process.StandardError);
    }

    /// <summary>The address the server announced.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>What the server wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    /// <summary>Starts the server on the database file and waits, at most <paramref name="timeout"/>, for its address.</summary>
    public static async Task<ServerProcess> StartAsync(string dbPath, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "myelin.dll"), "serve", "--db", dbPath, "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("MYELIN_POSTGRES");
        start.Environment.Remove("MYELIN_ADMIN_EMAIL");
        start.Environment.Remove("MYELIN_ADMIN_PASSWORD");
        var server = new ServerProcess(Process.Start(start)!);
        try
        {
            using var guard = new CancellationTokenSource(timeout);
            while (await server._process.StandardOutput.ReadLineAsync(guard.Token) is { } line)
            {
                server.Keep(line);
                if (OpenLine().Match(line) is { Success: true } m)
                {
                    server.Url = new Uri(m.Groups[1].Value);
                    server._stdout = server.DrainAsync(server._process.StandardOutput);
                    return server;
                }
            }

            throw new InvalidOperationException("myelin serve ended without announcing its address; it wrote:\n" + server.Output);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the server with SIGKILL (what <see cref="Process.Kill()"/> sends on Linux) and returns its exit code.</summary>
    public async Task<int> KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        await Task.WhenAll(_stdout, _stderr);
        _process.Dispose();
    }

    private async Task DrainAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            Keep(line);
        }
    }

    private void Keep(string line)
    {
        lock (_lines)
        {
            _lines.Add(line);
        }
    }

    [GeneratedRegex(@"^Open (http://\S+) in a browser")]
    private static partial Regex OpenLine();
}
