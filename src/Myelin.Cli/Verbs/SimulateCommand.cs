using System.CommandLine;
using System.Globalization;
using Myelin.Cli.Studies;
using Myelin.Domain.Protocols;
using Myelin.Domain.Simulation;

namespace Myelin.Cli.Verbs;

/// <summary><c>myelin simulate</c>: a realistic, seeded dataset for a protocol, as long CSV and/or into the database.</summary>
internal static class SimulateCommand
{
    public static readonly DateOnly DefaultFirstEnrolment = new(2026, 1, 5);

    public static Command Create(CliHost host)
    {
        var db = new DatabaseOptions();
        var protocol = new Option<string>("--protocol") { Description = "The protocol YAML file", Required = true, HelpName = "FILE" };
        var participants = new Option<int>("--participants") { Description = "How many participants (1 to 1,000,000)", DefaultValueFactory = _ => 30, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed gives the same data", DefaultValueFactory = _ => 1, HelpName = "S" };
        var first = new Option<string?>("--first-enrolment") { Description = "Date of the first enrolment, yyyy-MM-dd (default 2026-01-05)", HelpName = "DATE" };
        var output = new Option<string?>("--out") { Description = "Write the data as long CSV to FILE (- for standard output)", HelpName = "FILE" };
        var store = new Option<bool>("--store") { Description = "Store the participants in the database (the study is created from the protocol if missing)" };
        var command = new Command("simulate",
            "Simulate participants with trajectories, missed diaries and dropouts. The K2-7 defaults reproduce the published figures.")
        { protocol, participants, seed, first, output, store };
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            if (parse.GetValue(output) is null && !parse.GetValue(store))
                throw new UsageException("simulate: give --out FILE (long CSV), --store (into the database), or both");
            var n = parse.GetValue(participants);
            if (n is < 1 or > 1_000_000) throw new UsageException($"--participants: {n} is out of range; allowed: 1 to 1,000,000");
            var start = parse.GetValue(first) is { } text
                ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                    : throw new UsageException($"--first-enrolment: '{text}' is not a date yyyy-MM-dd")
                : DefaultFirstEnrolment;
            var (loaded, yaml) = ProtocolFiles.Load(host, parse.GetValue(protocol)!);
            var simulated = StudySimulator.Simulate(loaded, new SimulationOptions(n, parse.GetValue(seed), start));
            if (parse.GetValue(output) is { } target)
            {
                var count = target == "-"
                    ? ExportCommand.WriteCsv(host, target, SimulationRows.ToRows(loaded, simulated))
                    : await CliProgress.RunAsync(host, $"Writing {target}", simulated.Count, report =>
                        Task.FromResult(ExportCommand.WriteCsv(host, target, SimulationRows.ToRows(loaded, Reporting(simulated, report))))).ConfigureAwait(false);
                if (target != "-") await host.Output.WriteLineAsync($"Wrote {simulated.Count} participants ({count} values) to {target}.").ConfigureAwait(false);
            }
            if (parse.GetValue(store))
            {
                await using var context = await db.OpenAsync(parse, host, ct).ConfigureAwait(false);
                await StoreAsync(context, host, loaded, yaml, simulated, ct).ConfigureAwait(false);
                await host.Output.WriteLineAsync($"Stored {simulated.Count} simulated participants in '{loaded.Study.Id}'.").ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static IEnumerable<SimulatedParticipant> Reporting(IReadOnlyList<SimulatedParticipant> participants, Action<long> report)
    {
        for (var i = 0; i < participants.Count; i++)
        {
            yield return participants[i];
            report(i + 1);
        }
    }

    public static async Task<StudyContext> StoreAsync(Data.MyelinDbContext db, CliHost host, Protocol protocol, string yaml,
        IReadOnlyList<SimulatedParticipant> simulated, CancellationToken ct)
    {
        await StudyCommand.StoreAsync(db, host, protocol, yaml, ct).ConfigureAwait(false);
        var study = await StudyContext.LoadAsync(db, protocol.Study.Id, ct).ConfigureAwait(false);
        var taken = simulated.Select(s => s.Code).ToHashSet();
        if (db.Participants.Any(p => p.StudyId == protocol.Study.Id && taken.Contains(p.Code)))
            throw new UsageException($"--store: study '{protocol.Study.Id}' already has participants with the simulated codes; use a fresh database (--db)");
        await SimulationStore.StoreAsync(db, study, simulated, ct).ConfigureAwait(false);
        return study;
    }
}
