using Myelin.Cli;

return await MyelinCommand.RunAsync(args, TimeProvider.System);
