using Myelin.Cli;

return await MyelinCommand.RunAsync(args, CliHost.ForProcess());
