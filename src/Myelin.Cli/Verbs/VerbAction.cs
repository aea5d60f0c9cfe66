namespace Myelin.Cli.Verbs;

/// <summary>Runs a verb's body and turns bad input into exit code 2 with its message.</summary>
internal static class VerbAction
{
    public static async Task<int> RunAsync(CliHost host, Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await host.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (Domain.Records.DomainRuleException e)
        {
            // A domain rule refused the change (e.g. enrolling a withdrawn participant): bad input, nothing saved.
            await host.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
    }
}
