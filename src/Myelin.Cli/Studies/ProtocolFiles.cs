using Myelin.Domain.Protocols;

namespace Myelin.Cli.Studies;

/// <summary>Loads a protocol named on the command line, turning every validation error into bad input.</summary>
internal static class ProtocolFiles
{
    public static (Protocol Protocol, string Yaml) Load(CliHost host, string path)
    {
        var full = host.ResolvePath(path);
        if (!File.Exists(full)) throw new UsageException($"--protocol: the file '{path}' does not exist");
        var yaml = File.ReadAllText(full);
        var result = ProtocolLoader.Load(yaml, path);
        if (!result.Succeeded)
            throw new UsageException(result.Errors.Select(e => e.ToString()).Prepend($"{path}: the protocol has {result.Errors.Count} error(s):"));
        return (result.Protocol!, yaml);
    }
}
