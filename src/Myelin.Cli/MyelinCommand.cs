using System.CommandLine;

namespace Myelin.Cli;

/// <summary>The root of the <c>myelin</c> command: one sub-command per verb.</summary>
public static class MyelinCommand
{
    /// <summary>Parses and runs one command line; bad arguments give exit code 2 and a message naming the argument.</summary>
    public static async Task<int> RunAsync(string[] args, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var root = new RootCommand("Myelin: protocol-defined symptom trials, from screening to report.");
        // One line per verb; each verb's file says what it does.
        root.Subcommands.Add(Verbs.DemoCommand.Create(host));
        root.Subcommands.Add(Verbs.ServeCommand.Create(host));
        root.Subcommands.Add(Verbs.StudyCommand.Create(host));
        root.Subcommands.Add(Verbs.ParticipantCommand.Create(host));
        root.Subcommands.Add(Verbs.RecordCommand.Create(host));
        root.Subcommands.Add(Verbs.ImportCommand.Create(host));
        root.Subcommands.Add(Verbs.ExportCommand.Create(host));
        root.Subcommands.Add(Verbs.SimulateCommand.Create(host));
        root.Subcommands.Add(Verbs.AnalyzeCommand.Create(host));
        root.Subcommands.Add(Verbs.ReportCommand.Create(host));
        root.Subcommands.Add(Verbs.MigrateCommand.Create(host));
        root.Subcommands.Add(Verbs.AuditCommand.Create(host));
        root.Subcommands.Add(Verbs.BackupCommand.Create(host));
        root.Subcommands.Add(Verbs.RestoreCommand.Create(host));
        root.Subcommands.Add(Stats.StatsCommand.Create(host));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                await host.Error.WriteLineAsync($"myelin: {error.Message}").ConfigureAwait(false);
            await host.Error.WriteLineAsync($"Run 'myelin {string.Join(' ', CommandPath(parse))} --help' for the allowed arguments.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        var config = new InvocationConfiguration { Output = host.Output, Error = host.Error };
        return await parse.InvokeAsync(config).ConfigureAwait(false);
    }

    private static List<string> CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var r = parse.CommandResult; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            if (r.Command is not RootCommand) names.Insert(0, r.Command.Name);
        return names;
    }
}
