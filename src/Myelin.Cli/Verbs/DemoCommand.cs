using System.CommandLine;
using Myelin.Cli.Studies;
using Myelin.Data;
using Myelin.Domain.Simulation;
using Spectre.Console;

namespace Myelin.Cli.Verbs;

/// <summary>
/// <c>myelin demo</c>: a fresh SQLite database, the preliminary K2-7 study, simulated participants, and the primary
/// endpoint per severity group, to compare with the published figures.
/// </summary>
internal static class DemoCommand
{
    public const string DefaultDemoDatabase = "myelin-data/demo.db";

    public const string DefaultReportFolder = "myelin-data/demo-report";

    private static readonly string[] SqliteFileSuffixes = ["", "-wal", "-shm"];

    public static Command Create(CliHost host)
    {
        var dbPath = new Option<string>("--db") { Description = $"The SQLite file to create (default {DefaultDemoDatabase}; replaced if it exists)", DefaultValueFactory = _ => DefaultDemoDatabase, HelpName = "PATH" };
        var participants = new Option<int>("--participants") { Description = "How many participants (default 30, as published)", DefaultValueFactory = _ => 30, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "The simulation seed", DefaultValueFactory = _ => 2012, HelpName = "S" };
        var reportDir = new Option<string>("--out") { Description = $"Where to write the report (default {DefaultReportFolder})", DefaultValueFactory = _ => DefaultReportFolder, HelpName = "DIR" };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Skip the PDF (otherwise printed by Debian's chromium when it is installed)" };
        var command = new Command("demo", "Create a fresh database with the preliminary K2-7 study and simulated participants, and print the results per severity group.")
        { dbPath, participants, seed, reportDir, noPdf };
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            var n = parse.GetValue(participants);
            if (n is < 1 or > 100_000) throw new UsageException($"--participants: {n} is out of range; allowed: 1 to 100,000");
            var path = host.ResolvePath(parse.GetValue(dbPath)!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            foreach (var suffix in SqliteFileSuffixes)
                if (File.Exists(path + suffix)) File.Delete(path + suffix);

            var (protocol, yaml) = SampleProtocols.Load(SampleProtocols.Preliminary);
            var simulated = StudySimulator.Simulate(protocol, new SimulationOptions(n, parse.GetValue(seed), SimulateCommand.DefaultFirstEnrolment));
            var target = DatabaseTarget.Sqlite(path);
            await using var db = MyelinDatabase.CreateContext(target, host.Clock);
            await MyelinDatabase.MigrateAsync(db, ct).ConfigureAwait(false);
            var study = await SimulateCommand.StoreAsync(db, host, protocol, yaml, simulated, ct).ConfigureAwait(false);
            var groups = await GroupSummary.ForPrimaryEndpointAsync(db, study, ct).ConfigureAwait(false);
            await PrintAsync(host, protocol, simulated, groups, target).ConfigureAwait(false);

            // The whole path: the pre-specified analysis of the stored data, and the report a reviewer reads.
            await using var analysed = await AnalysedStudy.FromDatabaseAsync(db, study, skipInvalid: false, ownsDb: false, ct).ConfigureAwait(false);
            var inputs = await analysed.ReportInputsAsync(ct).ConfigureAwait(false);
            var pdf = !parse.GetValue(noPdf) && File.Exists(new Reports.ReportOptions().ChromiumPath);
            var files = ReportCommand.Write(host, inputs, host.ResolvePath(parse.GetValue(reportDir)!), pdf);
            await host.Output.WriteLineAsync().ConfigureAwait(false);
            await ReportCommand.PrintAsync(host, files).ConfigureAwait(false);
            if (!pdf && !parse.GetValue(noPdf))
                await host.Output.WriteLineAsync("No PDF: Chromium is not installed (apt-get install -y chromium).").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task PrintAsync(CliHost host, Domain.Protocols.Protocol protocol, IReadOnlyList<SimulatedParticipant> simulated,
        IReadOnlyList<GroupSummary> groups, DatabaseTarget target)
    {
        var o = host.Output;
        var endpoint = protocol.PrimaryEndpoint;
        var etiology = protocol.Stratification?.Etiology;
        var b12 = etiology?.Strata.FirstOrDefault(s => s.Code.Contains("b12", StringComparison.Ordinal));
        await o.WriteLineAsync($"Study {protocol.Study.Id} ({protocol.Study.Registration}): {Formats.Design(protocol)}, {protocol.Arms[0].Label}, {protocol.Arms[0].DurationWeeks} weeks.").ConfigureAwait(false);
        var withdrawn = simulated.Count(s => s.WithdrawalReason is not null);
        await o.WriteLineAsync($"{simulated.Count} simulated participants enrolled, {simulated.Count - withdrawn} completed, {withdrawn} withdrew"
            + (b12 is null ? "." : $"; {simulated.Count(s => s.Etiology is not null && b12.Values.Contains(s.Etiology))} of {simulated.Count} in the {b12.Label} group.")).ConfigureAwait(false);
        await o.WriteLineAsync($"Database: {target.Describe()}").ConfigureAwait(false);
        await o.WriteLineAsync().ConfigureAwait(false);
        await o.WriteLineAsync($"{endpoint.Label} (observed cases):").ConfigureAwait(false);
        var table = new Table().AddColumns("Severity group", "n", "Baseline mean (range)", "n", "Week 8 mean (range)", "Change", "Change %");
        foreach (var g in groups)
            table.AddRow(Markup.Escape(g.Group), g.N.ToString(Formats.Culture),
                $"{Formats.Fixed(g.BaselineMean)} ({Formats.Fixed(g.BaselineMin)}–{Formats.Fixed(g.BaselineMax)})",
                g.FollowUpN.ToString(Formats.Culture),
                g.FollowUpN == 0 ? "no data" : $"{Formats.Fixed(g.FollowUpMean)} ({Formats.Fixed(g.FollowUpMin)}–{Formats.Fixed(g.FollowUpMax)})",
                g.FollowUpN == 0 ? "" : Formats.Fixed(g.FollowUpMean - g.BaselineMean),
                g.FollowUpN == 0 ? "" : Formats.Fixed(100 * (g.FollowUpMean - g.BaselineMean) / g.BaselineMean, 0) + "%");
        host.Console.Write(table);
        await o.WriteLineAsync($"Baseline is {endpoint.FromEvent}, week 8 is {endpoint.ToEvent}; the change is that of the group means.").ConfigureAwait(false);
        foreach (var g in groups.Where(g => g.FollowUpN > 0))
            await o.WriteLineAsync($"  {g.Group}: the overall score {g.Change}.").ConfigureAwait(false);
        await o.WriteLineAsync("Published (Kulkarni et al.): baseline 6–8 (moderate) and 8–9 (severe), reduced to 1–2 by week 8 in both groups.").ConfigureAwait(false);
        await o.WriteLineAsync("Single-arm, open-label: without a control group the change cannot be separated from placebo response, regression to the mean or background B12 therapy.").ConfigureAwait(false);
    }
}
