using Myelin.Domain.Protocols;

namespace Myelin.Cli.Studies;

/// <summary>Loads a protocol named on the command line, turning every validation error into bad input.</summary>
internal static class ProtocolFiles
{
    /// <summary>Loads and validates; with <paramref name="showWarnings"/>, the loader's warnings go to stderr as <c>warning: file:line:column: message</c>.</summary>
    public static (Protocol Protocol, string Yaml) Load(CliHost host, string path, bool showWarnings = false)
    {
        var full = host.ResolvePath(path);
        if (!File.Exists(full)) throw new UsageException($"--protocol: the file '{path}' does not exist");
        var yaml = File.ReadAllText(full);
        var result = ProtocolLoader.Load(yaml, path);
        if (!result.Succeeded)
            throw new UsageException(result.Errors.Select(e => e.ToString()).Prepend($"{path}: the protocol has {result.Errors.Count} error(s):"));
        if (showWarnings)
            foreach (var warning in result.Warnings) host.Error.WriteLine($"warning: {warning}");
        return (result.Protocol!, yaml);
    }
}
