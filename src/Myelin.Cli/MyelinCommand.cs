using System.CommandLine;

namespace Myelin.Cli;

/// <summary>The root of the <c>myelin</c> command: one sub-command per verb.</summary>
public static class MyelinCommand
{
    public static async Task<int> RunAsync(string[] args, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var root = new RootCommand("Myelin: protocol-defined symptom trials, from screening to report.");
        return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
    }
}
