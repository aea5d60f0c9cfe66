namespace Myelin.Cli.Studies;

/// <summary>Reads repeated <c>item=value</c> arguments, naming the option and the argument that is malformed.</summary>
internal static class ValueAssignments
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string option, IEnumerable<string> arguments)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var argument in arguments)
        {
            var eq = argument.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new UsageException($"{option}: '{argument}' is not of the form ITEM=VALUE, e.g. tingling=6.5");
            var key = argument[..eq].Trim();
            if (result.Exists(r => r.Key == key)) throw new UsageException($"{option}: '{key}' is given twice");
            result.Add(new(key, argument[(eq + 1)..].Trim()));
        }
        return result;
    }
}
