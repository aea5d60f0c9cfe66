using System.Runtime.CompilerServices;

namespace Myelin.Cli.Tests;

/// <summary>Runs the myelin command in process, in a temporary folder, with a settable clock.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Folder = Directory.CreateTempSubdirectory("myelin-cli-").FullName;
    }

    public string Folder { get; }

    public SettableClock Clock { get; } = new(new DateTimeOffset(2026, 2, 2, 10, 0, 0, TimeSpan.Zero));

    public Dictionary<string, string> Environment { get; } = new() { ["MYELIN_USER"] = "tester" };

    public string PathOf(string name) => Path.Combine(Folder, name);

    public async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var host = new CliHost(output, error, Clock, name => Environment.GetValueOrDefault(name), Folder);
        var exit = await MyelinCommand.RunAsync(args, host);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs and asserts success, showing stderr when it fails.</summary>
    public async Task<string> OkAsync(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);
        Assert.True(exit == 0, $"myelin {string.Join(' ', args)} exited {exit}: {error}");
        return output;
    }

    public static string Sample(string fileName, [CallerFilePath] string sourceFile = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Myelin.slnx"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("no Myelin.slnx above the tests"), "samples", fileName);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
