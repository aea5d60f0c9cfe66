using System.CommandLine;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Myelin.Cli.Studies;
using Myelin.Data;
using Myelin.Data.Queries;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Records;
using Myelin.Interop.LongCsv;

namespace Myelin.Cli.Verbs;

/// <summary>
/// <c>myelin import</c>: reads long CSV into existing participants, all or nothing. Every row is checked first;
/// any problem stops the import with every problem listed by line, and the database is left as it was.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliHost host)
    {
        var db = new DatabaseOptions();
        var study = new Option<string>("--study") { Description = "The study id", Required = true };
        var data = new Option<string>("--data") { Description = "The long CSV file (docs/data-formats.md)", Required = true, HelpName = "FILE" };
        var command = new Command("import", "Import long CSV values into a study's existing participants, in one transaction.") { study, data };
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            var file = parse.GetValue(data)!;
            var path = host.ResolvePath(file);
            if (!File.Exists(path)) throw new UsageException($"--data: the file '{file}' does not exist");
            LongCsvReadResult read;
            using (var reader = new StreamReader(path, Encoding.UTF8)) read = LongCsvFormat.Read(reader, file);
            if (!read.IsValid) throw new UsageException(read.Errors.Select(e => e.ToString()).Append("Nothing was imported."));

            await using var context = await db.OpenAsync(parse, host, ct).ConfigureAwait(false);
            var s = await StudyContext.LoadAsync(context, parse.GetValue(study)!, ct).ConfigureAwait(false);
            var count = await ImportAsync(context, host, s, read.Rows, file, ct).ConfigureAwait(false);
            await host.Output.WriteLineAsync($"Imported {count} values from {file} into '{s.Study.Id}'.").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static async Task<int> ImportAsync(MyelinDbContext db, CliHost host, StudyContext study, IReadOnlyList<LongRow> rows, string file, CancellationToken ct)
    {
        var protocol = study.Protocol;
        var participants = await db.Participants.InStudy(study.Study.Id).Include(p => p.ScreeningValues).ToDictionaryAsync(p => p.Code, ct).ConfigureAwait(false);
        var existing = (await db.Assessments.InStudy(study.Study.Id).Select(a => new { a.ParticipantId, a.EventId, a.InstrumentId })
            .ToListAsync(ct).ConfigureAwait(false)).Select(a => (a.ParticipantId, a.EventId, a.InstrumentId)).ToHashSet();
        var problems = new List<string>();
        var groups = rows.GroupBy(r => (r.Participant, r.Event, r.Instrument));
        var plan = new List<(Participant Person, LongRow First, List<AssessmentCheck.CheckedValue> Values)>();
        foreach (var group in groups)
        {
            var first = group.First();
            if (!participants.TryGetValue(first.Participant, out var person))
            {
                problems.AddRange(group.Select(r => $"{file}:{r.Line}: column 'participant': '{r.Participant}' is not a participant of study '{study.Study.Id}'; add participants first"));
                continue;
            }
            foreach (var r in group)
            {
                if (r.Site.Length > 0 && r.Site != person.SiteId) problems.Add($"{file}:{r.Line}: column 'site': '{r.Site}' differs from {person.Code}'s site '{person.SiteId}'");
                if (r.Arm.Length > 0 && r.Arm != (person.Arm ?? "")) problems.Add($"{file}:{r.Line}: column 'arm': '{r.Arm}' differs from {person.Code}'s arm '{person.Arm}'");
                if (r.Stratum.Length > 0 && r.Stratum != (person.Stratum ?? "")) problems.Add($"{file}:{r.Line}: column 'stratum': '{r.Stratum}' differs from {person.Code}'s stratum '{person.Stratum}'");
                var duplicates = group.Count(x => x.Item == r.Item);
                if (duplicates > 1) problems.Add($"{file}:{r.Line}: column 'item': '{r.Item}' appears {duplicates} times for {person.Code} at {r.Event}");
                var item = protocol.FindInstrument(r.Instrument)?.FindItem(r.Item);
                if (item is not null && r.Unit.Length > 0 && r.Unit != (item.Unit ?? ""))
                    problems.Add($"{file}:{r.Line}: column 'unit': '{r.Unit}' is not the unit of '{r.Item}'; allowed: {item.Unit ?? "(none)"}");
            }
            var isScreening = first.Event == AssessmentCheck.ScreeningEvent;
            var (ok, found) = AssessmentCheck.Check(protocol, first.Event, first.Instrument,
                group.Select(r => new KeyValuePair<string, string>(r.Item, r.Value)).ToList(), requireAll: false);
            problems.AddRange(found.Select(p => $"{file}:{LineOf(group, p)}: column '{p[..p.IndexOf(':', StringComparison.Ordinal)]}'{p[p.IndexOf(':', StringComparison.Ordinal)..]}"));
            if (isScreening)
            {
                foreach (var v in ok.Where(v => person.ScreeningValues.Any(s => s.ItemId == v.Item.Id && s.Value != v.Value)))
                    problems.Add($"{file}:{group.First(r => r.Item == v.Item.Id).Line}: column 'value': {person.Code} already has screening value {v.Item.Id}={person.ScreeningValues.First(s => s.ItemId == v.Item.Id).Value}; an import does not overwrite");
            }
            else if (existing.Contains((person.Id, first.Event, first.Instrument)))
            {
                problems.Add($"{file}:{first.Line}: {person.Code} already has '{first.Instrument}' at '{first.Event}'; an import does not overwrite recorded data");
            }
            else if (person.Status == ParticipantStatus.Screened)
            {
                problems.Add($"{file}:{first.Line}: column 'participant': {person.Code} is not enrolled; only enrolled participants have assessments");
            }
            plan.Add((person!, first, ok));
        }
        if (problems.Count > 0) throw new UsageException(problems.Append($"{problems.Count} problem(s); nothing was imported."));

        // Screening values added to a participant stored before change that participant: the import names itself as the reason.
        db.Actor = new ChangeActor(host.UserName, ChangeChannel.Import, $"import of {Path.GetFileName(file)}");
        var count = 0;
        foreach (var (person, first, values) in plan)
        {
            if (first.Event == AssessmentCheck.ScreeningEvent)
            {
                foreach (var v in values.Where(v => !person.ScreeningValues.Any(s => s.ItemId == v.Item.Id)))
                    person.RecordScreeningValue(v.Item.Id, v.Value, v.Number, v.Item.Unit, first.RecordedAt);
            }
            else
            {
                var source = AssessmentStore.ParseSource(first.Source.Length == 0 ? "import" : first.Source, "source");
                var by = first.EnteredBy.Length > 0 ? first.EnteredBy : EnteredBy.Import(Path.GetFileName(file));
                AssessmentStore.Add(db, person, first.Event, first.Instrument, source, by, first.RecordedAt, values);
            }
            count += values.Count;
        }
        // One SaveChanges is one transaction: a failure here leaves the database as it was.
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return count;
    }

    private static int LineOf(IGrouping<(string, string, string), LongRow> group, string problem)
    {
        foreach (var r in group)
            if (problem.Contains($"'{r.Item}'", StringComparison.Ordinal)) return r.Line;
        return group.First().Line;
    }
}
