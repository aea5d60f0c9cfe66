using YamlDotNet.RepresentationModel;

namespace Myelin.Domain.Protocols.Loading;

/// <summary>
/// Reads a protocol document section by section, collecting every error; the sections read
/// first (instruments, schedule) are what later sections are checked against.
/// </summary>
internal sealed partial class ProtocolReader(ParseContext context)
{
    private static readonly string[] TopKeys =
        ["format", "study", "arms", "schedule", "instruments", "screening", "stratification", "endpoints"];

    public Protocol? Read(YamlNode root)
    {
        var top = YamlMap.Open(context, root, string.Empty, "the protocol", TopKeys);
        if (top is null)
        {
            return null;
        }

        var format = top.Text("format", false) ?? Protocol.CurrentFormat;
        if (format != Protocol.CurrentFormat)
        {
            context.Error("format", $"unknown format '{format}'; this version reads {Protocol.CurrentFormat}");
        }

        var instruments = ReadInstruments(top);
        var study = ReadStudy(top);
        var schedule = ReadSchedule(top, instruments);
        var arms = ReadArms(top, study?.Design, schedule);
        var screening = ReadScreening(top, instruments);
        var stratification = ReadStratification(top, instruments, screening, schedule);
        var endpoints = ReadEndpoints(top, instruments, schedule);
        WarnUntranslatedLanguages();

        if (context.Errors.Count > 0 || study is null || schedule is null)
        {
            return null;
        }

        return new Protocol(format, study, arms, schedule, instruments, screening, stratification, endpoints);
    }

    /// <summary>Reports a second use of an id; <paramref name="seen"/> maps ids to the path that defined them first.</summary>
    private void Unique(Dictionary<string, string> seen, string? id, string path, string what)
    {
        if (id is null)
        {
            return;
        }

        if (seen.TryGetValue(id, out var first))
        {
            context.Error(path, $"duplicate {what} '{id}'; already defined at {first} (line {context.MarkOf(first).Line})");
        }
        else
        {
            seen[id] = path;
        }
    }

    private static string Known(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count == 0 ? "none defined" : string.Join(", ", list);
    }
}
