using Myelin.Domain.Protocols;

namespace Myelin.Cli.Studies;

/// <summary>The sample protocols of samples/, embedded in the command.</summary>
internal static class SampleProtocols
{
    public const string Preliminary = "k2-7-preliminary.yaml";

    public static (Protocol Protocol, string Yaml) Load(string name)
    {
        using var stream = typeof(SampleProtocols).Assembly.GetManifestResourceStream("samples/" + name)
            ?? throw new InvalidOperationException($"the sample protocol {name} is not embedded");
        using var reader = new StreamReader(stream);
        var yaml = reader.ReadToEnd();
        var result = ProtocolLoader.Load(yaml, "samples/" + name);
        return result.Succeeded ? (result.Protocol!, yaml) : throw new InvalidOperationException($"samples/{name}: {result.Errors[0]}");
    }
}
