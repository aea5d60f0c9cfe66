using System.Runtime.CompilerServices;

namespace Myelin.Web.Tests.Infrastructure;

/// <summary>Paths of the sample protocols in the repository.</summary>
public static class Samples
{
    /// <summary>The preliminary single-arm K2-7 study.</summary>
    public const string Preliminary = "k2-7-preliminary.yaml";

    /// <summary>The randomised placebo-controlled pilot.</summary>
    public const string Pilot = "mk7-rct-pilot.yaml";

    /// <summary>The full path of a sample file.</summary>
    public static string Path(string fileName, [CallerFilePath] string sourceFile = "")
    {
        var directory = new DirectoryInfo(System.IO.Path.GetDirectoryName(sourceFile)!);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Myelin.slnx")))
        {
            directory = directory.Parent;
        }

        return System.IO.Path.Combine(directory?.FullName ?? throw new InvalidOperationException("no Myelin.slnx above the tests"), "samples", fileName);
    }
}
