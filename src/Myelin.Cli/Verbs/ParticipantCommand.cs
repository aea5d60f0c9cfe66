using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Myelin.Cli.Studies;
using Myelin.Data;
using Myelin.Data.Queries;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Spectre.Console;

namespace Myelin.Cli.Verbs;

/// <summary><c>myelin participant add|list|link</c>.</summary>
internal static class ParticipantCommand
{
    public static Command Create(CliHost host)
    {
        var command = new Command("participant", "Screen, enrol and list participants, and issue their diary links.");
        command.Subcommands.Add(AddVerb(host));
        command.Subcommands.Add(ListVerb(host));
        command.Subcommands.Add(ParticipantLinkCommand.Create(host));
        return command;
    }

    private static Command AddVerb(CliHost host)
    {
        var db = new DatabaseOptions();
        var study = new Option<string>("--study") { Description = "The study id", Required = true };
        var code = new Option<string>("--code") { Description = "The participant's code within the study, e.g. P001", Required = true };
        var site = new Option<string?>("--site") { Description = "The site id (default: the study's only site)" };
        var screen = new Option<string[]>("--screen") { Description = "A screening value ITEM=VALUE; repeat for each item", AllowMultipleArgumentsPerToken = false };
        var enrol = new Option<bool>("--enrol") { Description = "Enrol the participant when every eligibility criterion is met" };
        var arm = new Option<string?>("--arm") { Description = "The arm code (randomised designs); the single arm otherwise" };
        var enrolledOn = new Option<string?>("--enrolled-on") { Description = "Enrolment date yyyy-MM-dd (default: today, UTC)", HelpName = "DATE" };
        var command = new Command("add", "Screen a participant: store the screening values, evaluate eligibility, and enrol when asked.")
        { study, code, site, screen, enrol, arm, enrolledOn };
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            await using var context = await db.OpenAsync(parse, host, ct).ConfigureAwait(false);
            var s = await StudyContext.LoadAsync(context, parse.GetValue(study)!, ct).ConfigureAwait(false);
            var protocol = s.Protocol;
            var siteId = parse.GetValue(site) ?? (protocol.Study.Sites.Count == 1 ? protocol.Study.Sites[0].Id
                : throw new UsageException($"--site: the study has several sites; allowed: {string.Join(", ", protocol.Study.Sites.Select(x => x.Id))}"));
            var siteEntity = s.Study.FindSite(siteId)
                ?? throw new UsageException($"--site: '{siteId}' is not a site of '{protocol.Study.Id}'; allowed: {string.Join(", ", s.Study.Sites.Select(x => x.Id))}");
            var participantCode = parse.GetValue(code)!;
            if (await context.Participants.FindByCodeAsync(protocol.Study.Id, participantCode, ct).ConfigureAwait(false) is not null)
                throw new UsageException($"--code: '{participantCode}' is already a participant of '{protocol.Study.Id}'");
            var values = ValueAssignments.Parse("--screen", parse.GetValue(screen) ?? []);
            var screeningId = protocol.Screening?.Instrument;
            var checkedValues = new List<AssessmentCheck.CheckedValue>();
            if (values.Count > 0)
            {
                if (screeningId is null) throw new UsageException("--screen: the protocol has no screening instrument");
                var (ok, problems) = AssessmentCheck.Check(protocol, AssessmentCheck.ScreeningEvent, screeningId, values, requireAll: false);
                if (problems.Count > 0) throw new UsageException(problems.Select(p => "--screen " + p));
                checkedValues = ok;
            }
            var etiologyItem = protocol.Stratification?.Etiology?.Item;
            var etiology = checkedValues.Find(v => v.Item.Id == etiologyItem)?.Value;

            var now = host.Clock.GetUtcNow();
            context.Actor = new ChangeActor(host.UserName, ChangeChannel.Cli);
            var participant = Participant.Screen(siteEntity, participantCode, etiology, now);
            foreach (var v in checkedValues) participant.RecordScreeningValue(v.Item.Id, v.Value, v.Number, v.Item.Unit, now);
            var eligibility = Eligibility.Evaluate(protocol, checkedValues.ToDictionary(v => v.Item.Id, v => (string?)v.Value));
            if (parse.GetValue(enrol))
            {
                if (!eligibility.IsEligible)
                    throw new UsageException(eligibility.Failures.Select(f => $"  {f.Label}: {f.Reason}")
                        .Prepend($"--enrol: '{participantCode}' is not eligible; nothing was stored:"));
                var armCode = ResolveArm(protocol, parse.GetValue(arm));
                var date = parse.GetValue(enrolledOn) is { } text
                    ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                        : throw new UsageException($"--enrolled-on: '{text}' is not a date yyyy-MM-dd")
                    : DateOnly.FromDateTime(now.UtcDateTime);
                participant.Enrol(armCode, StratumAtEnrolment(protocol, checkedValues), date, now);
            }
            context.Participants.Add(participant);
            await context.SaveChangesAsync(ct).ConfigureAwait(false);

            await host.Output.WriteLineAsync($"{participantCode}: {participant.Status.ToString().ToLowerInvariant()}"
                + (participant.Stratum is { } st ? $", stratum {st}" : "") + (participant.Arm is { } a ? $", arm {a}" : "")).ConfigureAwait(false);
            await host.Output.WriteLineAsync(eligibility.IsEligible ? "Eligible: every criterion is met." : "Not (yet) eligible:").ConfigureAwait(false);
            foreach (var f in eligibility.Failures) await host.Output.WriteLineAsync($"  {f.Label}: {f.Reason}").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string? ResolveArm(Protocol protocol, string? given)
    {
        if (given is not null)
            return protocol.FindArm(given) is null
                ? throw new UsageException($"--arm: '{given}' is not an arm; allowed: {string.Join(", ", protocol.Arms.Select(a => a.Code))}")
                : given;
        return protocol.Arms.Count == 1 ? protocol.Arms[0].Code
            : throw new UsageException($"--arm: a randomised study needs the allocated arm; allowed: {string.Join(", ", protocol.Arms.Select(a => a.Code))}");
    }

    /// <summary>The stratum known at enrolment (see <see cref="Stratifier.AtEnrolment"/>).</summary>
    internal static string? StratumAtEnrolment(Protocol protocol, IReadOnlyList<AssessmentCheck.CheckedValue> screening) =>
        Stratifier.AtEnrolment(protocol, screening.ToDictionary(v => v.Item.Id, v => (string?)v.Value));

    private static Command ListVerb(CliHost host)
    {
        var db = new DatabaseOptions();
        var study = new Option<string>("--study") { Description = "The study id", Required = true };
        var command = new Command("list", "List a study's participants with status, stratum and arm.") { study };
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            await using var context = await db.OpenAsync(parse, host, ct).ConfigureAwait(false);
            var s = await StudyContext.LoadAsync(context, parse.GetValue(study)!, ct).ConfigureAwait(false);
            var participants = await context.Participants.InStudy(s.Study.Id).InCodeOrder().ToListAsync(ct).ConfigureAwait(false);
            var counts = await context.Assessments.InStudy(s.Study.Id).GroupBy(a => a.ParticipantId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct).ConfigureAwait(false);
            var table = new Table().AddColumns("Code", "Site", "Status", "Etiology", "Stratum", "Arm", "Enrolled", "Assessments");
            foreach (var p in participants)
                table.AddRow(Markup.Escape(p.Code), Markup.Escape(p.SiteId),
                    Markup.Escape(p.Status.ToString().ToLowerInvariant() + (p.WithdrawalReason is { } r ? $" ({r})" : "")),
                    Markup.Escape(p.Etiology ?? ""), Markup.Escape(p.Stratum ?? ""), Markup.Escape(p.Arm ?? ""),
                    p.EnrolledOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", counts.GetValueOrDefault(p.Id).ToString(CultureInfo.InvariantCulture));
            host.Console.Write(table);
            await host.Output.WriteLineAsync($"{participants.Count} participant(s)").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
