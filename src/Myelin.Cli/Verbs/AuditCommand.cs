using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Data.Locking;
using Myelin.Data.Queries;

namespace Myelin.Cli.Verbs;

/// <summary>
/// <c>myelin audit verify|history</c>: checks a study's hash-chained audit trail (exit 1 when it was tampered with) and
/// exports a participant's record history as CSV.
/// </summary>
internal static partial class AuditCommand
{
    public static Command Create(CliHost host)
    {
        var command = new Command("audit", "Check the audit trail and export record histories.");
        command.Subcommands.Add(VerifyVerb(host));
        command.Subcommands.Add(HistoryVerb(host));
        return command;
    }

    private static Command VerifyVerb(CliHost host)
    {
        var db = new DatabaseOptions();
        var study = new Option<string>("--study") { Description = "The study id", Required = true, HelpName = "ID" };
        var expect = new Option<string?>("--expect-head") { Description = "A head recorded earlier by this command; rows cut from the end are found against it", HelpName = "SEQ:HASH" };
        var command = new Command("verify", "Walk a study's audit-trail hash chain: name the first entry altered, removed or inserted, check every "
            + "casebook signature's position is still in the chain, and print the head to record. Exit 1 when anything fails.") { study, expect };
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            var expected = parse.GetValue(expect) is { } text ? ParseHead(text) : ((long, string)?)null;
            await using var context = await OpenExistingAsync(db, parse, host, ct).ConfigureAwait(false);
            var studyId = parse.GetValue(study)!;
            if (!await context.Studies.AnyAsync(s => s.Id == studyId, ct).ConfigureAwait(false)
                && !await context.ChangeLog.AnyAsync(e => e.StudyId == studyId, ct).ConfigureAwait(false))
                throw new UsageException($"--study: '{studyId}' has no study and no audit trail in {db.Target(parse, host).Describe()}");

            var o = host.Output;
            var verdict = await context.VerifyChangeLogAsync(studyId, ct).ConfigureAwait(false);
            var problems = new List<string>();
            if (!verdict.Intact) problems.Add(verdict.Problem!);
            if (expected is var (seq, hash) && await context.CheckAsync(verdict, seq, hash, "the expected head", ct).ConfigureAwait(false) is { } headProblem)
                problems.Add(headProblem);
            problems.AddRange(await context.CheckSignaturesAsync(verdict, ct).ConfigureAwait(false));

            await o.WriteLineAsync($"Study '{studyId}': {verdict.RowsChecked.ToString(CultureInfo.InvariantCulture)} audit-trail entries checked.").ConfigureAwait(false);
            await o.WriteLineAsync(verdict.Intact
                ? $"Head: {Head(verdict)}"
                : $"Intact up to: {Head(verdict)}").ConfigureAwait(false);
            await ReportSignaturesAsync(context, host, studyId, ct).ConfigureAwait(false);
            if (problems.Count == 0)
            {
                await o.WriteLineAsync("OK: every entry follows from the one before it" + (expected is null ? "." : ", and the expected head is in the chain.")).ConfigureAwait(false);
                await o.WriteLineAsync($"Record the head; a later 'myelin audit verify --study {studyId} --expect-head {Head(verdict)}' finds entries cut from the end.").ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            foreach (var p in problems) await o.WriteLineAsync("FAILED: " + p).ConfigureAwait(false);
            await host.Error.WriteLineAsync($"audit verify: the audit trail of '{studyId}' fails {problems.Count} check(s).").ConfigureAwait(false);
            return ExitCodes.Failed;
        }));
        return command;
    }

    private static Command HistoryVerb(CliHost host)
    {
        var db = new DatabaseOptions();
        var study = new Option<string>("--study") { Description = "The study id", Required = true, HelpName = "ID" };
        var participant = new Option<string>("--participant") { Description = "The participant's code", Required = true, HelpName = "CODE" };
        var output = new Option<string?>("--out") { Description = "The CSV file to write (UTF-8, RFC 4180); standard output when absent or -", HelpName = "FILE" };
        var command = new Command("history", "Export a participant's record history (every change to the participant and its records: "
            + "time UTC, who, via, record and field, old and new value, reason) as CSV.") { study, participant, output };
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            await using var context = await OpenExistingAsync(db, parse, host, ct).ConfigureAwait(false);
            var studyId = parse.GetValue(study)!;
            var code = parse.GetValue(participant)!;
            var person = await context.Participants.AsNoTracking().InStudy(studyId).FirstOrDefaultAsync(p => p.Code == code, ct).ConfigureAwait(false)
                ?? throw new UsageException($"--participant: '{code}' is not a participant of '{studyId}'");
            var rows = await context.ParticipantHistoryAsync(studyId, person.Id, ct).ConfigureAwait(false);
            var target = parse.GetValue(output);
            if (target is null or "-")
            {
                await HistoryCsv.WriteAsync(host.Output, rows, ct).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            var path = host.ResolvePath(target);
            if (!Directory.Exists(Path.GetDirectoryName(path))) throw new UsageException($"--out: the folder of '{target}' does not exist");
            var temp = path + ".tmp";
            await using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
                await HistoryCsv.WriteAsync(writer, rows, ct).ConfigureAwait(false);
            File.Move(temp, path, overwrite: true);
            await host.Output.WriteLineAsync($"Wrote {rows.Count} history rows of {code} to {target}.").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Opens the database without creating it: auditing a file that does not exist is bad input, not an empty trail.</summary>
    internal static async Task<MyelinDbContext> OpenExistingAsync(DatabaseOptions db, ParseResult parse, CliHost host, CancellationToken ct)
    {
        var target = db.Target(parse, host);
        if (target.Provider == DatabaseProvider.Sqlite && !File.Exists(target.SqlitePath))
            throw new UsageException($"--db: the database file '{target.SqlitePath}' does not exist");
        return await db.OpenAsync(parse, host, ct).ConfigureAwait(false);
    }

    private static async Task ReportSignaturesAsync(MyelinDbContext context, CliHost host, string studyId, CancellationToken ct)
    {
        var signed = await context.Signatures.AsNoTracking().Where(s => s.StudyId == studyId).Select(s => s.ParticipantId).Distinct()
            .ToListAsync(ct).ConfigureAwait(false);
        if (signed.Count == 0) return;
        var stale = new List<string>();
        var count = 0;
        foreach (var participantId in signed)
        {
            var statuses = await context.SignaturesAsync(studyId, participantId, ct).ConfigureAwait(false);
            count += statuses.Count;
            if (statuses[0].Stale)
            {
                var code = await context.Participants.AsNoTracking().Where(p => p.Id == participantId).Select(p => p.Code).FirstOrDefaultAsync(ct).ConfigureAwait(false);
                stale.Add($"{code ?? participantId.ToString(CultureInfo.InvariantCulture)} (changed at entry #{statuses[0].FirstLaterChange!.Sequence})");
            }
        }

        await host.Output.WriteLineAsync($"Signatures: {count} checked against the chain." + (stale.Count == 0 ? "" :
            $" Casebooks changed since their latest signature, to sign again: {string.Join(", ", stale)}.")).ConfigureAwait(false);
    }

    private static string Head(ChangeLogVerification verdict) => $"{verdict.LastSequence.ToString(CultureInfo.InvariantCulture)}:{verdict.LastHash}";

    private static (long Sequence, string Hash) ParseHead(string text)
    {
        var m = HeadPattern().Match(text);
        if (!m.Success)
            throw new UsageException($"--expect-head: '{text}' is not SEQ:HASH, e.g. 42:{new string('0', 64)} (the sequence number and the 64-hex-digit SHA-256 that 'audit verify' printed)");
        var empty = m.Groups[2].Value.Length == 0;
        var sequence = long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (empty != (sequence == 0))
            throw new UsageException($"--expect-head: '{text}': only the empty chain, 0:, has no hash; entry {sequence} needs its 64-hex-digit hash");
        return (sequence, m.Groups[2].Value.ToLowerInvariant());
    }

    [GeneratedRegex("^([0-9]{1,18}):([0-9a-fA-F]{64})?$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadPattern();
}
