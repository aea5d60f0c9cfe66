using Spectre.Console;

namespace Myelin.Cli;

/// <summary>
/// Progress on long work: a live bar on a terminal, and plain "what: 10%" milestone lines on standard error otherwise
/// (Spectre prints almost nothing when the output is not a terminal; dependencies.md §7).
/// </summary>
internal static class CliProgress
{
    public static async Task<T> RunAsync<T>(CliHost host, string what, long total, Func<Action<long>, Task<T>> work)
    {
        if (host.Console.Profile.Capabilities.Interactive)
        {
            return await host.Console.Progress().AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask(Markup.Escape(what), maxValue: Math.Max(1, total));
                    var result = await work(done => task.Value = done).ConfigureAwait(false);
                    task.Value = task.MaxValue;
                    return result;
                }).ConfigureAwait(false);
        }
        var lastTenth = -1L;
        var outcome = await work(done =>
        {
            var tenth = total <= 0 ? 10 : Math.Min(10, done * 10 / total);
            if (tenth <= lastTenth || tenth == 0) return;
            lastTenth = tenth;
            host.Error.WriteLine($"{what}: {tenth * 10}%");
        }).ConfigureAwait(false);
        if (lastTenth < 10) await host.Error.WriteLineAsync($"{what}: 100%").ConfigureAwait(false);
        return outcome;
    }
}
