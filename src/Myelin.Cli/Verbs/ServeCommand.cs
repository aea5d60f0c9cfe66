using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Myelin.Cli.Studies;
using Myelin.Data;
using Myelin.Domain.Simulation;
using Myelin.Web;
using Myelin.Web.Hosting;

namespace Myelin.Cli.Verbs;

/// <summary>
/// <c>myelin serve</c>: the web platform (investigator workspace, participant diary, REST API) on the same database
/// as the command line. <c>--demo</c> loads the preliminary K2-7 study with simulated participants on first start.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Where the platform listens unless told otherwise: this machine only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(CliHost host)
    {
        var urls = new Option<string>("--urls") { Description = $"Where to listen, e.g. http://0.0.0.0:8080 to serve other machines (default {DefaultUrls})", DefaultValueFactory = _ => DefaultUrls, HelpName = "URL" };
        var demo = new Option<bool>("--demo") { Description = "Load the preliminary K2-7 study with 30 simulated participants on first start" };
        var db = new DatabaseOptions();
        var command = new Command("serve", "Start the web platform: investigator workspace, participant diaries and the REST API.") { urls, demo };
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            var address = parse.GetValue(urls)!;
            foreach (var url in address.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                    throw new UsageException($"--urls: '{url}' is not an http(s) address such as {DefaultUrls}");
            }

            var target = db.Target(parse, host);
            if (parse.GetValue(demo)) await LoadDemoAsync(host, target, ct).ConfigureAwait(false);

            var app = MyelinWebApp.Build([], builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Myelin:Sqlite"] = target.SqlitePath,
                    ["Myelin:Postgres"] = target.PostgresConnectionString ?? string.Empty,
                    ["MYELIN_ADMIN_EMAIL"] = host.Environment("MYELIN_ADMIN_EMAIL"),
                    ["MYELIN_ADMIN_PASSWORD"] = host.Environment("MYELIN_ADMIN_PASSWORD"),
                });
                builder.WebHost.UseUrls(address);
                builder.Services.RemoveAll<TimeProvider>();
                builder.Services.AddSingleton(host.Clock);
                builder.Services.AddSingleton(new StartupAnnouncer { Writer = host.Output });
            });
            await using (app.ConfigureAwait(false))
            {
                await app.StartAsync(ct).ConfigureAwait(false);
                var announced = app.Services.GetRequiredService<StartupAnnouncer>().Lines.Count > 0;
                await host.Output.WriteLineAsync($"Myelin is running on {target.Describe()}.").ConfigureAwait(false);
                await host.Output.WriteLineAsync($"Open {string.Join(" or ", app.Urls)} in a browser" + (announced
                    ? " and log in with the administrator account above."
                    : " and log in with your account (the administrator was created on first start).")).ConfigureAwait(false);
                await host.Output.WriteLineAsync("Press Ctrl+C to stop.").ConfigureAwait(false);
                await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    // The demo study is loaded once: a restart keeps what was entered since.
    private static async Task LoadDemoAsync(CliHost host, DatabaseTarget target, CancellationToken ct)
    {
        var (protocol, yaml) = SampleProtocols.Load(SampleProtocols.Preliminary);
        var db = MyelinDatabase.CreateContext(target, host.Clock);
        await using (db.ConfigureAwait(false))
        {
            await MyelinDatabase.MigrateAsync(db, ct).ConfigureAwait(false);
            if (await db.Studies.AnyAsync(s => s.Id == protocol.Study.Id, ct).ConfigureAwait(false))
            {
                await host.Output.WriteLineAsync($"Demo study {protocol.Study.Id} is already loaded.").ConfigureAwait(false);
                return;
            }

            var simulated = StudySimulator.Simulate(protocol, new SimulationOptions(30, 2012, SimulateCommand.DefaultFirstEnrolment));
            await SimulateCommand.StoreAsync(db, host, protocol, yaml, simulated, ct).ConfigureAwait(false);
            await host.Output.WriteLineAsync($"Loaded the demo study {protocol.Study.Id}: {protocol.Study.Title}, 30 simulated participants.").ConfigureAwait(false);
        }
    }
}
