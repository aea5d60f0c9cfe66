using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Myelin.Cli.Studies;
using Myelin.Data;
using Myelin.Data.Studies;
using Myelin.Data.Queries;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Records;
using Spectre.Console;

namespace Myelin.Cli.Verbs;

/// <summary><c>myelin study create|list|show</c>.</summary>
internal static class StudyCommand
{
    public static Command Create(CliHost host)
    {
        var command = new Command("study", "Create, list and show studies.");
        command.Subcommands.Add(CreateVerb(host));
        command.Subcommands.Add(ListVerb(host));
        command.Subcommands.Add(ShowVerb(host));
        return command;
    }

    private static Command CreateVerb(CliHost host)
    {
        var db = new DatabaseOptions();
        var protocol = new Option<string>("--protocol") { Description = "The protocol YAML file (docs/protocol.md)", Required = true, HelpName = "FILE" };
        var command = new Command("create", "Validate a protocol and store it as a new study, or as a new version of an existing one.") { protocol };
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            var (loaded, yaml) = ProtocolFiles.Load(host, parse.GetValue(protocol)!, showWarnings: true);
            await using var context = await db.OpenAsync(parse, host, ct).ConfigureAwait(false);
            var (study, version, created) = await StoreAsync(context, host, loaded, yaml, ct).ConfigureAwait(false);
            await host.Output.WriteLineAsync(created
                ? $"Created study '{study.Id}' with protocol version {version.Number} (sha256 {version.ContentHash[..12]}…)."
                : $"Study '{study.Id}' is at protocol version {version.Number} (sha256 {version.ContentHash[..12]}…).").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Stores the protocol: a new study, or a new version when the content changed.</summary>
    public static async Task<(Study Study, ProtocolVersion Version, bool Created)> StoreAsync(
        MyelinDbContext db, CliHost host, Domain.Protocols.Protocol protocol, string yaml, CancellationToken ct)
    {
        db.Actor = new ChangeActor(host.UserName, ChangeChannel.Cli);
        return await db.SaveProtocolAsync(protocol, yaml, host.UserName, host.Clock.GetUtcNow(), ct).ConfigureAwait(false);
    }

    private static Command ListVerb(CliHost host)
    {
        var db = new DatabaseOptions();
        var command = new Command("list", "List the studies in the database.");
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            await using var context = await db.OpenAsync(parse, host, ct).ConfigureAwait(false);
            var studies = await context.Studies.WithProtocolsAndSites().OrderBy(s => s.Id).ToListAsync(ct).ConfigureAwait(false);
            var counts = await context.Participants.GroupBy(p => p.StudyId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, ct).ConfigureAwait(false);
            if (studies.Count == 0)
            {
                await host.Output.WriteLineAsync("No studies yet: create one with 'myelin study create --protocol FILE'.").ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Study", "Title", "Protocol", "Sites", "Participants");
            foreach (var s in studies)
                table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Title), $"v{s.CurrentProtocol?.Number}", s.Sites.Count.ToString(Formats.Culture),
                    counts.GetValueOrDefault(s.Id).ToString(Formats.Culture));
            host.Console.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command ShowVerb(CliHost host)
    {
        var db = new DatabaseOptions();
        var id = new Argument<string>("ID") { Description = "The study id" };
        var command = new Command("show", "Show a study: protocol versions, design, arms, schedule and enrolment.") { id };
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            await using var context = await db.OpenAsync(parse, host, ct).ConfigureAwait(false);
            var study = await StudyContext.LoadAsync(context, parse.GetValue(id)!, ct).ConfigureAwait(false);
            var p = study.Protocol;
            var o = host.Output;
            await o.WriteLineAsync($"{p.Study.Id}: {p.Study.Title}").ConfigureAwait(false);
            await o.WriteLineAsync($"Registration: {p.Study.Registration}; design: {Formats.Design(p)}; target enrolment {p.Study.TargetEnrolment}").ConfigureAwait(false);
            foreach (var v in study.Study.ProtocolVersions.OrderBy(v => v.Number))
                await o.WriteLineAsync($"Protocol v{v.Number}: sha256 {v.ContentHash}, stored {Formats.Instant(v.CreatedAt)} by {v.CreatedBy}").ConfigureAwait(false);
            foreach (var arm in p.Arms)
                await o.WriteLineAsync($"Arm {arm.Code}: {arm.Product}, {Formats.Number(arm.Dose.Amount)} {arm.Dose.Unit} {arm.TimesPerDay}× a day for {arm.DurationWeeks} weeks ({arm.Kind.ToString().ToLowerInvariant()})").ConfigureAwait(false);
            await o.WriteLineAsync($"Schedule: {p.Schedule.Events.Count} events from day {p.Schedule.Events[0].Day} to day {p.Schedule.Events[^1].Day}").ConfigureAwait(false);
            var byStatus = await context.Participants.InStudy(p.Study.Id).GroupBy(x => x.Status).Select(g => new { g.Key, Count = g.Count() })
                .ToListAsync(ct).ConfigureAwait(false);
            await o.WriteLineAsync("Participants: " + (byStatus.Count == 0 ? "none" :
                string.Join(", ", byStatus.OrderBy(s => s.Key).Select(s => $"{s.Count} {s.Key.ToString().ToLowerInvariant()}")))).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
