using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Myelin.Cli.Tests.Stats;

/// <summary>Runs <c>myelin stats</c> in process with captured streams, in a temporary folder.</summary>
internal sealed class StatsCli : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("myelin-stats-").FullName;

    public string Write(string name, string content)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var host = new CliHost(output, error, TimeProvider.System, _ => null, Folder);
        int exit = await MyelinCommand.RunAsync(args, host);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The R golden cases of the statistics tests (r/golden-htests.R).</summary>
    public static JsonDocument Golden([CallerFilePath] string here = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Myelin.slnx")))
        {
            dir = dir.Parent;
        }

        string path = Path.Combine(dir!.FullName, "tests", "Myelin.Statistics.Tests", "Golden", "htests.json");
        return JsonDocument.Parse(File.ReadAllText(path));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
