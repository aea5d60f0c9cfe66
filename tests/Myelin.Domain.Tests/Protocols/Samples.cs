using System.Runtime.CompilerServices;
using Myelin.Domain.Protocols;

namespace Myelin.Domain.Tests.Protocols;

/// <summary>Finds the repository's sample protocols from this source file's location (the build output may live elsewhere).</summary>
internal static class Samples
{
    public static string Path(string fileName) => System.IO.Path.Combine(RepoRoot(), "samples", fileName);

    public static Protocol Load(string fileName)
    {
        var result = ProtocolLoader.LoadFile(Path(fileName));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Protocol!;
    }

    public static Protocol Preliminary => Load("k2-7-preliminary.yaml");

    public static Protocol RctPilot => Load("mk7-rct-pilot.yaml");

    private static string RepoRoot([CallerFilePath] string sourceFile = "")
    {
        var directory = new DirectoryInfo(System.IO.Path.GetDirectoryName(sourceFile)!);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Myelin.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No Myelin.slnx above {sourceFile}");
    }
}
