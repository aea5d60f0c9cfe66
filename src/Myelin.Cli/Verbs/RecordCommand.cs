using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Myelin.Cli.Studies;
using Myelin.Data;
using Myelin.Data.Queries;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Records;

namespace Myelin.Cli.Verbs;

/// <summary><c>myelin record</c>: enters one assessment from arguments or from a JSON file.</summary>
internal static class RecordCommand
{
    public static Command Create(CliHost host)
    {
        var db = new DatabaseOptions();
        var study = new Option<string>("--study") { Description = "The study id", Required = true };
        var participant = new Option<string?>("--participant") { Description = "The participant's code" };
        var evt = new Option<string?>("--event") { Description = "The schedule event id, e.g. diary-w1" };
        var instrument = new Option<string?>("--instrument") { Description = "The instrument id, e.g. symptoms" };
        var values = new Option<string[]>("--value") { Description = "ITEM=VALUE; repeat for each item answered" };
        var source = new Option<string?>("--source") { Description = "diary or clinic (default clinic)" };
        var at = new Option<string?>("--at") { Description = "When it was entered, ISO 8601 with a zone (default: now)", HelpName = "INSTANT" };
        var json = new Option<string?>("--json") { Description = "A JSON file {participant, event, instrument, values: {item: value}, source?, recorded_at?}", HelpName = "FILE" };
        var command = new Command("record", "Enter one assessment (participant × event × instrument), checked against the protocol.")
        { study, participant, evt, instrument, values, source, at, json };
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            var entry = parse.GetValue(json) is { } file
                ? ReadJson(host, file)
                : new Entry(
                    parse.GetValue(participant) ?? throw new UsageException("--participant is required (or give --json FILE)"),
                    parse.GetValue(evt) ?? throw new UsageException("--event is required (or give --json FILE)"),
                    parse.GetValue(instrument) ?? throw new UsageException("--instrument is required (or give --json FILE)"),
                    ValueAssignments.Parse("--value", parse.GetValue(values) ?? []),
                    parse.GetValue(source), parse.GetValue(at));
            await using var context = await db.OpenAsync(parse, host, ct).ConfigureAwait(false);
            var s = await StudyContext.LoadAsync(context, parse.GetValue(study)!, ct).ConfigureAwait(false);
            var person = await s.ParticipantAsync(context, entry.Participant, ct).ConfigureAwait(false);
            if (person.Status != ParticipantStatus.Enrolled)
                throw new UsageException($"--participant: '{person.Code}' is {person.Status.ToString().ToLowerInvariant()}; only enrolled participants have assessments");
            var (ok, problems) = AssessmentCheck.Check(s.Protocol, entry.Event, entry.Instrument, entry.Values, requireAll: true);
            if (problems.Count > 0) throw new UsageException(problems.Prepend($"{entry.Participant} {entry.Event} {entry.Instrument}: nothing was stored:"));
            if (await context.Assessments.FindForEventAsync(person.Id, entry.Event, entry.Instrument, ct).ConfigureAwait(false) is not null)
                throw new UsageException($"{person.Code} already has '{entry.Instrument}' at '{entry.Event}'; a recorded assessment is not overwritten");
            var enteredAt = entry.At is null ? host.Clock.GetUtcNow() : ParseInstant(entry.At);
            var src = AssessmentStore.ParseSource(entry.Source, "--source");
            context.Actor = new ChangeActor(host.UserName, ChangeChannel.Cli);
            AssessmentStore.Add(context, person, entry.Event, entry.Instrument, src,
                src == AssessmentSource.Diary ? EnteredBy.Diary(person.Code) : host.UserName, enteredAt, ok);
            await context.SaveChangesAsync(ct).ConfigureAwait(false);
            await host.Output.WriteLineAsync($"Recorded {entry.Instrument} at {entry.Event} for {person.Code}: {ok.Count} value(s).").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private sealed record Entry(string Participant, string Event, string Instrument, IReadOnlyList<KeyValuePair<string, string>> Values, string? Source, string? At);

    private static DateTimeOffset ParseInstant(string text) =>
        (text.EndsWith('Z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 10)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at.ToUniversalTime()
            : throw new UsageException($"--at: '{text}' is not an ISO 8601 instant with a zone, e.g. 2026-01-05T09:30:00Z");

    private static Entry ReadJson(CliHost host, string file)
    {
        var path = host.ResolvePath(file);
        if (!File.Exists(path)) throw new UsageException($"--json: the file '{file}' does not exist");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new UsageException($"{file}:{(e.LineNumber ?? 0) + 1}: not valid JSON: {e.Message}", e);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new UsageException($"{file}: the top level must be an object");
            string Text(string name, bool required)
            {
                if (!root.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
                    return required ? throw new UsageException($"{file}: field '{name}' is required") : "";
                return p.ValueKind == JsonValueKind.String ? p.GetString()! : throw new UsageException($"{file}: field '{name}' must be a string");
            }
            string[] allowed = ["participant", "event", "instrument", "values", "source", "recorded_at"];
            foreach (var p in root.EnumerateObject().Where(p => !allowed.Contains(p.Name)))
                throw new UsageException($"{file}: unknown field '{p.Name}'; allowed: {string.Join(", ", allowed)}");
            if (!root.TryGetProperty("values", out var vals) || vals.ValueKind != JsonValueKind.Object)
                throw new UsageException($"{file}: field 'values' is required and must be an object {{\"item\": value}}");
            var list = new List<KeyValuePair<string, string>>();
            foreach (var v in vals.EnumerateObject())
            {
                var text = v.Value.ValueKind switch
                {
                    JsonValueKind.Number => v.Value.GetRawText(),
                    JsonValueKind.String => v.Value.GetString()!,
                    JsonValueKind.True => "yes",
                    JsonValueKind.False => "no",
                    _ => throw new UsageException($"{file}: values.{v.Name} must be a number, a string or true/false"),
                };
                list.Add(new(v.Name, text));
            }
            var at = Text("recorded_at", false);
            var source = Text("source", false);
            return new Entry(Text("participant", true), Text("event", true), Text("instrument", true), list,
                source.Length == 0 ? null : source, at.Length == 0 ? null : at);
        }
    }
}
